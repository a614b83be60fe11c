package io.contracthub.connectors.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** HMAC-SHA256, the signing primitive every connector reuses. */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";
    // Mac.getInstance does a provider lookup that showed up in the webhook profile; a Mac is reusable after init
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(HmacSha256::newMac);

    private HmacSha256() {
    }

    public static byte[] sign(byte[] key, byte[] data) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable HMAC key", e);
        }
        return mac.doFinal(data);
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256, so this is a broken runtime, not bad input
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Lowercase hex of the HMAC of {@code data} encoded as UTF-8. */
    public static String hex(byte[] key, String data) {
        return HexFormat.of().formatHex(sign(key, utf8(data)));
    }

    /** Standard (padded) Base64 of the HMAC of {@code data} encoded as UTF-8. */
    public static String base64(byte[] key, String data) {
        return Base64.getEncoder().encodeToString(sign(key, utf8(data)));
    }

    /** Compares two signatures without leaking, through timing, how long their common prefix is. */
    public static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(utf8(a), utf8(b));
    }

    private static byte[] utf8(String data) {
        return Objects.requireNonNull(data, "data").getBytes(StandardCharsets.UTF_8);
    }
}
