package io.contracthub.connectors.esign;

import io.contracthub.connectors.auth.HmacSha256;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The signature esign puts on its callbacks: lowercase hex HmacSHA256(appSecret, timestamp + queryValues + raw body),
 * where queryValues are the values of the query parameters of the callback URL, sorted by key and concatenated.
 * Unlike request signing this is hex, not Base64. esign adds no parameters itself, so queryValues are whatever the
 * hub put on its own notify URL.
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

    /** The decoded values of {@code url}'s query parameters, sorted by key (ASCII) and concatenated; "" without a query. */
    public static String queryValues(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String query = URI.create(url).getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
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
