package io.contracthub.simulators.esign;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * esign's Open API v3 request signature as its gateway checks it, written from esign's developer guide ("签名鉴权",
 * open.esign.cn/doc/opendoc/dev-guide3/tggw2e) and its Java demo, not from the hub's client:
 * <pre>
 * Content-MD5    = Base64(raw 16-byte MD5 of the body bytes), "" without a body
 * string-to-sign = HTTPMethod \n Accept \n Content-MD5 \n Content-Type \n Date \n PathAndParameters
 *                  (PathAndParameters: the path, and "?" with the query parameters sorted by name, values as sent)
 * signature      = Base64(HmacSHA256(key = AppSecret, string-to-sign)), header X-Tsign-Open-Ca-Signature
 * </pre>
 * The gateway takes Accept, Content-MD5, Content-Type and Date from the headers the request carried.
 */
final class EsignGatewaySignature {

    private EsignGatewaySignature() {
    }

    static String contentMd5(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every JRE", e);
        }
    }

    static String stringToSign(String method, String accept, String contentMd5, String contentType, String date,
                               String pathAndParameters) {
        return String.join("\n", method, nullToEmpty(accept), nullToEmpty(contentMd5), nullToEmpty(contentType),
                nullToEmpty(date), pathAndParameters);
    }

    /** The raw path, and the raw query's parameters sorted by name (values left as sent). */
    static String pathAndParameters(String rawPath, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return rawPath;
        }
        String sorted = Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty())
                .sorted((a, b) -> name(a).compareTo(name(b)))
                .collect(Collectors.joining("&"));
        return rawPath + "?" + sorted;
    }

    static String signature(String appSecret, String stringToSign) {
        return Base64.getEncoder().encodeToString(hmacSha256(appSecret, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] hmacSha256(String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    static boolean sameText(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
