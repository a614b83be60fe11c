package io.contracthub.simulators.kingdee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The sign Kingdee's AuthService.LoginBySign checks (金蝶云星空 WebAPI, "LoginBySign 签名"): the account set id, user
 * name, app id, app secret and the timestamp in seconds, sorted ordinally, concatenated, SHA-256, lowercase hex.
 * Releases before 8.0.0.202205 used SHA-1; the simulator plays a current release.
 */
public final class LoginBySign {

    private LoginBySign() {
    }

    public static String sign(String acctId, String username, String appId, String appSecret, long timestampSeconds) {
        String[] parts = {acctId, username, appId, appSecret, Long.toString(timestampSeconds)};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
