package io.contracthub.connectors.kuaidi100;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Kuaidi100's request sign: upper-case hex MD5 of {@code param + key + customer}, param exactly as sent. */
public final class Kuaidi100Sign {

    private Kuaidi100Sign() {
    }

    public static String of(String param, String key, String customer) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((param + key + customer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JRE", e);
        }
    }
}
