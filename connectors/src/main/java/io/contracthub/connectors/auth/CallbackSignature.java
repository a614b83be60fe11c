package io.contracthub.connectors.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The callback signature WeCom and DingTalk share: lowercase hex SHA-1 of token, timestamp, nonce and ciphertext,
 * sorted lexicographically and concatenated.
 */
public final class CallbackSignature {

    private CallbackSignature() {
    }

    public static String of(String token, String timestamp, String nonce, String encrypt) {
        String[] parts = {token, timestamp, nonce, encrypt};
        for (String part : parts) {
            if (part == null) {
                throw new IllegalArgumentException("token, timestamp, nonce and ciphertext are all required");
            }
        }
        Arrays.sort(parts);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    public static boolean matches(String signature, String token, String timestamp, String nonce, String encrypt) {
        if (signature == null || timestamp == null || nonce == null || encrypt == null) {
            return false;
        }
        return HmacSha256.constantTimeEquals(signature.toLowerCase(java.util.Locale.ROOT),
                of(token, timestamp, nonce, encrypt));
    }
}
