package io.contracthub.connectors.auth;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The callback encryption WeCom and DingTalk share. AES-256-CBC without cipher padding; key = Base64 of the
 * 43-character EncodingAESKey plus "="; IV = the first 16 key bytes; PKCS#7-style padding to 32-byte blocks
 * (not the cipher's 16: the vendors' reference code pads to 32); plaintext = 16 random bytes + 4-byte
 * big-endian message length + message + receiver id (corp id, app key, ...), which must be ours.
 */
public final class CallbackCipher {

    public static final String RECEIVER_MISMATCH = "receiver_mismatch";
    private static final int BLOCK_SIZE = 32;
    private static final int RANDOM_BYTES = 16;

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final String receiverId;
    private final SecureRandom random = new SecureRandom();

    public CallbackCipher(String encodingAesKey, String receiverId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("The EncodingAESKey must be 43 characters");
        }
        byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(raw, 16));
        this.receiverId = Objects.requireNonNull(receiverId, "receiverId");
    }

    public String encrypt(String message) {
        byte[] randomPrefix = new byte[RANDOM_BYTES];
        random.nextBytes(randomPrefix);
        return encrypt(message, randomPrefix);
    }

    /** With a given random prefix, for fixed test vectors. */
    public String encrypt(String message, byte[] randomPrefix) {
        if (randomPrefix.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("the random prefix must be 16 bytes");
        }
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiverId.getBytes(StandardCharsets.UTF_8);
        int length = RANDOM_BYTES + 4 + msg.length + receiver.length;
        int pad = BLOCK_SIZE - length % BLOCK_SIZE;
        ByteBuffer plain = ByteBuffer.allocate(length + pad)
                .put(randomPrefix).putInt(msg.length).put(msg).put(receiver);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /**
     * @throws CallbackDecryptionException when the ciphertext or the plaintext layout is broken
     * @throws WebhookAuthenticationException ({@link #RECEIVER_MISMATCH}) when the message was meant for another receiver
     */
    public String decrypt(String ciphertext) {
        byte[] plain;
        try {
            byte[] encrypted = Base64.getDecoder().decode(ciphertext);
            if (encrypted.length == 0 || encrypted.length % 16 != 0) {
                throw new CallbackDecryptionException("the ciphertext is not a whole number of AES blocks", null);
            }
            plain = run(Cipher.DECRYPT_MODE, encrypted);
        } catch (IllegalArgumentException e) {
            throw new CallbackDecryptionException("the ciphertext is not Base64", e);
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK_SIZE || pad > plain.length - RANDOM_BYTES - 4) {
            throw new CallbackDecryptionException("the padding is invalid", null);
        }
        int end = plain.length - pad;
        int msgLength = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
        int msgStart = RANDOM_BYTES + 4;
        if (msgLength < 0 || msgStart + msgLength > end) {
            throw new CallbackDecryptionException("the message length is out of range", null);
        }
        String receiver = new String(plain, msgStart + msgLength, end - msgStart - msgLength, StandardCharsets.UTF_8);
        if (!receiver.equals(receiverId)) {
            throw new WebhookAuthenticationException(RECEIVER_MISMATCH,
                    "The callback is addressed to another receiver id than ours");
        }
        return new String(plain, msgStart, msgLength, StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new CallbackDecryptionException("the ciphertext cannot be decrypted with this app's key", e);
        }
    }
}
