package io.contracthub.simulators.people;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The callback encryption of WeCom's WXBizMsgCrypt, which DingTalk's DingCallbackCrypto copies, written from the
 * vendors' descriptions (WeCom "加解密方案说明", DingTalk "回调加解密"):
 * <ul>
 *   <li>signature = lowercase hex SHA-1 of token, timestamp, nonce and ciphertext, sorted as strings and joined;</li>
 *   <li>AES-256-CBC, key = Base64 decode of the 43-character EncodingAESKey + "=", IV = the key's first 16 bytes;</li>
 *   <li>plaintext = 16 random bytes, the message length (4 bytes, network order), the message, the receiver id
 *       (WeCom: corp id; DingTalk: corp id, app key or suite key), padded PKCS#7-style to a multiple of 32 bytes.</li>
 * </ul>
 */
public final class MsgCrypt {

    private static final int BLOCK = 32;
    private static final int RANDOM = 16;

    /** Why a callback could not be opened; each vendor maps it to its own error code. */
    public enum Failure { SIGNATURE_MISMATCH, UNDECRYPTABLE, RECEIVER_MISMATCH }

    public static final class MsgCryptException extends RuntimeException {
        private final Failure failure;

        MsgCryptException(Failure failure, String message) {
            super(message);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A ciphertext with the timestamp and nonce its signature covers. */
    public record Sealed(String encrypt, String signature, String timestamp, String nonce) {
    }

    private final String token;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final String receiverId;
    private final SecureRandom random = new SecureRandom();

    public MsgCrypt(String token, String encodingAesKey, String receiverId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("an EncodingAESKey has 43 characters");
        }
        byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
        this.token = Objects.requireNonNull(token, "token");
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(raw, 16));
        this.receiverId = Objects.requireNonNull(receiverId, "receiverId");
    }

    public String signature(String timestamp, String nonce, String encrypt) {
        String[] parts = {token, timestamp, nonce, encrypt};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    public Sealed seal(String message, String timestamp, String nonce) {
        byte[] prefix = new byte[RANDOM];
        random.nextBytes(prefix);
        return seal(message, timestamp, nonce, prefix);
    }

    /** With a fixed random prefix, to reproduce a vendor's sample. */
    public Sealed seal(String message, String timestamp, String nonce, byte[] randomPrefix) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiverId.getBytes(StandardCharsets.UTF_8);
        int length = RANDOM + 4 + msg.length + receiver.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad).put(randomPrefix, 0, RANDOM).putInt(msg.length).put(msg).put(receiver);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        String encrypt = Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, plain.array()));
        return new Sealed(encrypt, signature(timestamp, nonce, encrypt), timestamp, nonce);
    }

    /** The message inside a signed ciphertext addressed to this receiver. */
    public String open(String signature, String timestamp, String nonce, String encrypt) {
        if (signature == null || timestamp == null || nonce == null || encrypt == null
                || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                signature(timestamp, nonce, encrypt).getBytes(StandardCharsets.UTF_8))) {
            throw new MsgCryptException(Failure.SIGNATURE_MISMATCH, "the signature does not match");
        }
        byte[] plain;
        try {
            byte[] cipherText = Base64.getDecoder().decode(encrypt);
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw new MsgCryptException(Failure.UNDECRYPTABLE, "not a whole number of AES blocks");
            }
            plain = aes(Cipher.DECRYPT_MODE, cipherText);
        } catch (IllegalArgumentException e) {
            throw new MsgCryptException(Failure.UNDECRYPTABLE, "the ciphertext is not Base64");
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length - pad < RANDOM + 4) {
            throw new MsgCryptException(Failure.UNDECRYPTABLE, "bad padding");
        }
        int end = plain.length - pad;
        int length = ByteBuffer.wrap(plain, RANDOM, 4).getInt();
        int start = RANDOM + 4;
        if (length < 0 || start + length > end) {
            throw new MsgCryptException(Failure.UNDECRYPTABLE, "bad message length");
        }
        String receiver = new String(plain, start + length, end - start - length, StandardCharsets.UTF_8);
        if (!receiver.equals(receiverId)) {
            throw new MsgCryptException(Failure.RECEIVER_MISMATCH, "addressed to another receiver");
        }
        return new String(plain, start, length, StandardCharsets.UTF_8);
    }

    private byte[] aes(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new MsgCryptException(Failure.UNDECRYPTABLE, "AES failed: " + e.getMessage());
        }
    }
}
