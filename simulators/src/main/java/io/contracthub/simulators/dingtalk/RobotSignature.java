package io.contracthub.simulators.dingtalk;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A custom group robot's "加签" as DingTalk's robot documentation describes it: the string to sign is
 * {@code timestamp + "\n" + secret} (timestamp in milliseconds), the sign is Base64(HmacSHA256(key = secret, string
 * to sign)), which the sender URL-encodes into the query; DingTalk compares it with the decoded query value.
 */
public final class RobotSignature {

    private RobotSignature() {
    }

    /** The sign before URL-encoding, as it arrives once the query is decoded. */
    public static String of(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sign = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sign);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
