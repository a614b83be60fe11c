package io.contracthub.simulators.esign;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Posts a callback as esign does: JSON body, signed as {@link EsignCallbackSigning} says. */
final class EsignCallbackSender {

    // esign gives a callback 5 s to be answered
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String appId;
    private final String appSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    EsignCallbackSender(String appId, String appSecret, Clock clock) {
        this.appId = appId;
        this.appSecret = appSecret;
        this.clock = clock;
    }

    /** Answers the hub's HTTP status, or 0 when it could not be reached. */
    int post(String url, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.millis());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(EsignCallbackSigning.APP_ID_HEADER, appId)
                .header(EsignCallbackSigning.TIMESTAMP_HEADER, timestamp)
                .header(EsignCallbackSigning.ALGORITHM_HEADER, "hmac-sha256")
                .header(EsignCallbackSigning.SIGNATURE_HEADER, EsignCallbackSigning.signature(appSecret, timestamp, url, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
