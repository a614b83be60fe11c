package io.contracthub.connectors.esign;

import io.contracthub.connectors.auth.HmacSha256;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The signature esign puts on its callbacks: lowercase hex HmacSHA256(appSecret, timestamp + queryValues + raw body),
 * where queryValues are the values of the query parameters of the URL esign actually called, sorted by key and
 * concatenated. Unlike request signing this is hex, not Base64. esign adds no parameters itself; they are whatever
 * query the callback URL (the flow's notifyUrl or the one in esign's console) carries, so the receiver takes them from
 * the request it got, never from its own configuration.
 */
public final class EsignCallbackSignature {

    private EsignCallbackSignature() {
    }

    public static String sign(String appSecret, String timestamp, String queryValues, byte[] rawBody) {
        Objects.requireNonNull(appSecret, "appSecret");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Objects.requireNonNull(timestamp, "timestamp").getBytes(StandardCharsets.UTF_8));
        data.writeBytes(Objects.requireNonNull(queryValues, "queryValues").getBytes(StandardCharsets.UTF_8));
        data.writeBytes(Objects.requireNonNull(rawBody, "rawBody"));
        return HexFormat.of().formatHex(HmacSha256.sign(appSecret.getBytes(StandardCharsets.UTF_8), data.toByteArray()));
    }

    /**
     * The decoded values of a raw query string's parameters (as received, without the '?'), sorted by key (ASCII) and
     * concatenated; "" without a query.
     */
    public static String queryValues(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2))
                .sorted((a, b) -> decode(a[0]).compareTo(decode(b[0])))
                .map(pair -> pair.length > 1 ? decode(pair[1]) : "")
                .collect(Collectors.joining());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
