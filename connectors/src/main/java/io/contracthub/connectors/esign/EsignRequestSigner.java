package io.contracthub.connectors.esign;

import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.connectors.http.RequestSigner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * esign Open API v3 request signing ("Signature" auth mode):
 * <pre>
 * Content-MD5    = Base64(raw 16-byte MD5 of the body), "" without a body
 * string-to-sign = METHOD \n Accept \n Content-MD5 \n Content-Type \n Date \n path?query (keys sorted, not encoded)
 * signature      = Base64(HmacSHA256(appSecret, string-to-sign))
 * </pre>
 * sent as the X-Tsign-Open-* headers. (The esign simulator checks requests with its own code, from esign's docs.)
 */
public final class EsignRequestSigner implements RequestSigner {

    public static final String APP_ID_HEADER = "X-Tsign-Open-App-Id";
    public static final String AUTH_MODE_HEADER = "X-Tsign-Open-Auth-Mode";
    public static final String TIMESTAMP_HEADER = "X-Tsign-Open-Ca-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Tsign-Open-Ca-Signature";
    public static final String AUTH_MODE = "Signature";
    public static final String ACCEPT = "*/*";
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    // the SDK signs an empty Date line and sends no meaningful Date header
    private static final String DATE = "";

    private final EsignSettings settings;
    private final byte[] key;
    private final Clock clock;

    public EsignRequestSigner(EsignSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.key = settings.appSecret().getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, String> headers(String method, String pathAndQuery, byte[] body) {
        String contentMd5 = contentMd5(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(APP_ID_HEADER, settings.appId());
        headers.put(AUTH_MODE_HEADER, AUTH_MODE);
        headers.put(TIMESTAMP_HEADER, Long.toString(clock.millis()));
        headers.put(SIGNATURE_HEADER, signature(stringToSign(method, contentMd5, pathAndParameters(pathAndQuery))));
        headers.put("Accept", ACCEPT);
        headers.put("Content-Type", CONTENT_TYPE);
        if (!contentMd5.isEmpty()) {
            headers.put("Content-MD5", contentMd5);
        }
        return headers;
    }

    public String signature(String stringToSign) {
        return HmacSha256.base64(key, stringToSign);
    }

    public static String stringToSign(String method, String contentMd5, String pathAndParameters) {
        return String.join("\n", method, ACCEPT, contentMd5, CONTENT_TYPE, DATE, pathAndParameters);
    }

    /** Base64 of the raw MD5 digest (not of its hex form); empty when there is no body. */
    public static String contentMd5(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JRE", e);
        }
    }

    /** The path with its query parameters sorted by key, as the gateway rebuilds it before verifying. */
    public static String pathAndParameters(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        if (question < 0 || question == pathAndQuery.length() - 1) {
            return question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        }
        String query = Arrays.stream(pathAndQuery.substring(question + 1).split("&"))
                .filter(pair -> !pair.isEmpty())
                .sorted((a, b) -> key(a).compareTo(key(b)))
                .collect(Collectors.joining("&"));
        return pathAndQuery.substring(0, question) + "?" + query;
    }

    private static String key(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }
}
