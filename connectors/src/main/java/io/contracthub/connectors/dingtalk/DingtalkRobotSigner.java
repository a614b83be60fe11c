package io.contracthub.connectors.dingtalk;

import io.contracthub.connectors.auth.HmacSha256;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The custom group robot's signature: sign = URLEncode(Base64(HmacSHA256(secret, timestamp + "\n" + secret))), with
 * the timestamp in milliseconds (DingTalk refuses one more than an hour off).
 */
public final class DingtalkRobotSigner {

    private DingtalkRobotSigner() {
    }

    public static String sign(String secret, long timestampMillis) {
        String base64 = HmacSha256.base64(secret.getBytes(StandardCharsets.UTF_8), timestampMillis + "\n" + secret);
        return URLEncoder.encode(base64, StandardCharsets.UTF_8);
    }
}
