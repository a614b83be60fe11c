package io.contracthub.simulators.esign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a request the way esign's gateway does ({@link EsignGatewaySignature}): app id, auth mode, Content-MD5 of
 * the body, the signature over the string-to-sign rebuilt from the request, and a timestamp within 15 minutes (the
 * window is second-hand knowledge).
 */
final class EsignRequestAuthenticator {

    static final String APP_ID_HEADER = "X-Tsign-Open-App-Id";
    static final String AUTH_MODE_HEADER = "X-Tsign-Open-Auth-Mode";
    static final String TIMESTAMP_HEADER = "X-Tsign-Open-Ca-Timestamp";
    static final String SIGNATURE_HEADER = "X-Tsign-Open-Ca-Signature";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final String appId;
    private final String appSecret;
    private final Clock clock;

    EsignRequestAuthenticator(String appId, String appSecret, Clock clock) {
        this.appId = appId;
        this.appSecret = appSecret;
        this.clock = clock;
    }

    /** Empty when authentic, else the gateway's reason. */
    Optional<String> refusal(String method, String rawPath, String rawQuery, byte[] body, Function<String, String> header) {
        if (!appId.equals(header.apply(APP_ID_HEADER))) {
            return Optional.of("INVALID_APP_ID");
        }
        if (!"Signature".equals(header.apply(AUTH_MODE_HEADER))) {
            return Optional.of("TOKEN_CANT_BE_NULL");
        }
        String contentMd5 = EsignGatewaySignature.contentMd5(body);
        String sentMd5 = header.apply("Content-MD5");
        if (!contentMd5.equals(sentMd5 == null ? "" : sentMd5)) {
            return Optional.of("INVALID_CONTENT_MD5");
        }
        String expected = EsignGatewaySignature.signature(appSecret, EsignGatewaySignature.stringToSign(method,
                header.apply("Accept"), contentMd5, header.apply("Content-Type"), header.apply("Date"),
                EsignGatewaySignature.pathAndParameters(rawPath, rawQuery)));
        if (!EsignGatewaySignature.sameText(expected, header.apply(SIGNATURE_HEADER))) {
            return Optional.of("INVALID_SIGNATURE");
        }
        String timestamp = header.apply(TIMESTAMP_HEADER);
        if (timestamp == null || !timestamp.matches("\\d{1,18}")
                || Duration.between(Instant.ofEpochMilli(Long.parseLong(timestamp)), clock.instant()).abs().compareTo(WINDOW) > 0) {
            return Optional.of("INVALID_TIMESTAMP");
        }
        return Optional.empty();
    }
}
