package io.contracthub.connectors.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * The whole callback scheme WeCom and DingTalk share: check the SHA-1 signature, then decrypt; and for replies
 * (DingTalk's encrypted "success"; tests) encrypt, then sign.
 */
public final class EncryptedCallbackCodec {

    private final String token;
    private final CallbackCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public EncryptedCallbackCodec(String token, String encodingAesKey, String receiverId, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The callback token is required");
        }
        this.token = token;
        this.cipher = new CallbackCipher(encodingAesKey, receiverId);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws WebhookAuthenticationException for a missing or wrong signature or a foreign receiver id
     * @throws CallbackDecryptionException    for a signed but undecryptable ciphertext
     */
    public String open(String signature, String timestamp, String nonce, String encrypt) {
        if (signature == null || signature.isBlank()) {
            throw new WebhookAuthenticationException(WebhookAuthenticationException.SIGNATURE_MISSING,
                    "msg_signature is missing");
        }
        if (encrypt == null || encrypt.isBlank() || timestamp == null || nonce == null) {
            throw new WebhookAuthenticationException(WebhookAuthenticationException.SIGNATURE_MALFORMED,
                    "timestamp, nonce and the ciphertext are required");
        }
        if (!CallbackSignature.matches(signature, token, timestamp, nonce, encrypt)) {
            throw new WebhookAuthenticationException(WebhookAuthenticationException.SIGNATURE_MISMATCH,
                    "msg_signature does not match");
        }
        return cipher.decrypt(encrypt);
    }

    /** Encrypts and signs {@code plaintext} with the current time and a fresh nonce. */
    public Sealed seal(String plaintext) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Long.toString(Math.abs(random.nextLong() % 1_000_000_000L));
        return seal(plaintext, timestamp, nonce);
    }

    public Sealed seal(String plaintext, String timestamp, String nonce) {
        String encrypt = cipher.encrypt(plaintext);
        return new Sealed(encrypt, CallbackSignature.of(token, timestamp, nonce, encrypt), timestamp, nonce);
    }

    /** A ciphertext with the signature over it and the timestamp and nonce that signature covers. */
    public record Sealed(String encrypt, String signature, String timestamp, String nonce) {
    }
}
