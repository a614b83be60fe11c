package io.contracthub.simulators.esign;

import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.connectors.esign.EsignRequestSigner;
import io.contracthub.connectors.esign.EsignSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a request the way esign's gateway does: app id, auth mode, Content-MD5 of the body, the signature over the
 * rebuilt string-to-sign, and a timestamp within 15 minutes (the window is second-hand knowledge).
 */
final class EsignRequestAuthenticator {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final EsignSettings settings;
    private final EsignRequestSigner signer;
    private final Clock clock;

    EsignRequestAuthenticator(EsignSettings settings, Clock clock) {
        this.settings = settings;
        this.signer = new EsignRequestSigner(settings, clock);
        this.clock = clock;
    }

    /** Empty when authentic, else the gateway's reason. */
    Optional<String> refusal(String method, String rawPathAndQuery, byte[] body, Function<String, String> header) {
        if (!settings.appId().equals(header.apply(EsignRequestSigner.APP_ID_HEADER))) {
            return Optional.of("INVALID_APP_ID");
        }
        if (!EsignRequestSigner.AUTH_MODE.equals(header.apply(EsignRequestSigner.AUTH_MODE_HEADER))) {
            return Optional.of("TOKEN_CANT_BE_NULL");
        }
        String contentMd5 = EsignRequestSigner.contentMd5(body);
        String sentMd5 = header.apply("Content-MD5");
        if (!contentMd5.equals(sentMd5 == null ? "" : sentMd5)) {
            return Optional.of("INVALID_CONTENT_MD5");
        }
        String expected = signer.signature(EsignRequestSigner.stringToSign(method, contentMd5,
                EsignRequestSigner.pathAndParameters(rawPathAndQuery)));
        if (!HmacSha256.constantTimeEquals(expected, header.apply(EsignRequestSigner.SIGNATURE_HEADER))) {
            return Optional.of("INVALID_SIGNATURE");
        }
        String timestamp = header.apply(EsignRequestSigner.TIMESTAMP_HEADER);
        if (timestamp == null || !timestamp.matches("\\d{1,18}")
                || Duration.between(Instant.ofEpochMilli(Long.parseLong(timestamp)), clock.instant()).abs().compareTo(WINDOW) > 0) {
            return Optional.of("INVALID_TIMESTAMP");
        }
        return Optional.empty();
    }
}
