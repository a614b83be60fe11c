package io.contracthub.connectors.kingdee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * LoginBySign's signature: acctId, username, appId, appSecret and the timestamp, sorted ordinally, concatenated,
 * SHA-256, lowercase hex (Kingdee releases before 8.0.0.202205 used SHA-1; not supported here).
 */
public final class KingdeeLoginSign {

    private KingdeeLoginSign() {
    }

    public static String sign(String acctId, String username, String appId, String appSecret, long timestampSeconds) {
        String[] parts = {acctId, username, appId, appSecret, Long.toString(timestampSeconds)};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
