package io.contracthub.hub.people;

import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.connectors.auth.WebhookAuthenticationException;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * WeCom and DingTalk callbacks are verified and decrypted by {@link ChatCallbackController} (it must also answer
 * their handshakes and encrypted replies); their ingest route then receives the plaintext. This seal, keyed per
 * process, is how that route knows the plaintext came out of the controller's verification and from nowhere else.
 */
public final class DecryptedCallbackSeal {

    public static final String HEADER = "hubDecryptedCallbackSeal";

    private final byte[] key = new byte[32];

    public DecryptedCallbackSeal() {
        new SecureRandom().nextBytes(key);
    }

    public String seal(byte[] plaintext) {
        return HmacSha256.hex(key, Base64.getEncoder().encodeToString(plaintext));
    }

    public void verify(Object seal, byte[] plaintext) {
        if (!(seal instanceof String text) || !HmacSha256.constantTimeEquals(text, seal(plaintext))) {
            throw new WebhookAuthenticationException(WebhookAuthenticationException.SIGNATURE_MISMATCH,
                    "This system's callbacks are accepted only through their own verified webhook");
        }
    }
}
