package io.contracthub.simulators.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Signs a change event the way the CRM does and posts it to the hub's webhook. */
final class HubWebhookClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    record HubReply(int status, String body) {
    }

    private final URI hubWebhookUrl;
    private final CrmEventSignature signatures;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    HubWebhookClient(String hubWebhookUrl, String secret, Clock clock) {
        this.hubWebhookUrl = URI.create(hubWebhookUrl);
        this.signatures = new CrmEventSignature(secret);
        this.clock = clock;
    }

    /** Posts {@code body}, signed now; an unreachable hub is a reply with status {@link SentEvent#HUB_UNREACHABLE}. */
    HubReply post(String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(hubWebhookUrl)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(CrmEventSignature.HEADER, signatures.header(clock.instant().getEpochSecond(), raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HubReply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new HubReply(SentEvent.HUB_UNREACHABLE, "hub unreachable at " + hubWebhookUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HubReply(SentEvent.HUB_UNREACHABLE, "interrupted while posting to " + hubWebhookUrl);
        }
    }
}
