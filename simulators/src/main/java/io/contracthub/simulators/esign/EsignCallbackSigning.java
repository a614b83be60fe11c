package io.contracthub.simulators.esign;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * How esign signs the callbacks it posts, written from esign's notification guide ("回调通知签名",
 * open.esign.cn/doc/opendoc/notify3): {@code X-Tsign-Open-SIGNATURE} = lowercase hex HmacSHA256(AppSecret,
 * X-Tsign-Open-TIMESTAMP + the values of the callback URL's query parameters sorted by name + the raw body).
 * The query is the one of the URL actually called (the flow's notifyUrl, or the console's push URL).
 */
final class EsignCallbackSigning {

    static final String APP_ID_HEADER = "X-Tsign-Open-App-Id";
    static final String SIGNATURE_HEADER = "X-Tsign-Open-SIGNATURE";
    static final String TIMESTAMP_HEADER = "X-Tsign-Open-TIMESTAMP";
    static final String ALGORITHM_HEADER = "X-Tsign-Open-SIGNATURE-ALGORITHM";

    private EsignCallbackSigning() {
    }

    static String signature(String appSecret, String timestamp, String url, byte[] rawBody) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
        data.writeBytes(queryValues(url).getBytes(StandardCharsets.UTF_8));
        data.writeBytes(rawBody);
        return HexFormat.of().formatHex(EsignGatewaySignature.hmacSha256(appSecret, data.toByteArray()));
    }

    /** The decoded values of the URL's query parameters, sorted by name and concatenated; "" without a query. */
    static String queryValues(String url) {
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
