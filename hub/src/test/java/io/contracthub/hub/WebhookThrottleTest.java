package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.auth.TimestampedSignatureScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused webhook attempts are limited per source address (hub.webhooks.refused-limit). */
class WebhookThrottleTest extends HubIntegrationTest {

    private final TimestampedSignatureScheme forger = new TimestampedSignatureScheme("whsec_wrong", Duration.ofMinutes(5));

    @Value("${hub.webhooks.refused-limit.attempts}")
    int budget;
    @Value("${hub.webhooks.refused-limit.period}")
    Duration period;

    @Test
    void refusedAttemptsWithinTheBudgetAreEachAnswered401() {
        LoopbackClient client = LoopbackClient.onFreshAddress(port);

        for (int attempt = 1; attempt <= budget; attempt++) {
            LoopbackClient.Response response = forged(client, uniqueNumber());

            assertThat(response.status()).as("refused attempt %d", attempt).isEqualTo(401);
            assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
        }
    }

    @Test
    void anAddressOverItsBudgetGets429WithRetryAfter() {
        LoopbackClient client = LoopbackClient.onFreshAddress(port);
        useUpTheBudget(client);

        LoopbackClient.Response response = forged(client, uniqueNumber());

        assertThat(response.status()).isEqualTo(429);
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, period.toSeconds());
        JsonNode error = json(response);
        assertThat(error.path("code").asText()).isEqualTo("too_many_refused_attempts");
        assertThat(error.path("message").asText()).contains("retry after");
        assertThat(error.path("details").path("retryAfterSeconds").asText()).isEqualTo(response.header("Retry-After"));
    }

    @Test
    void aCorrectlySignedEventFromAThrottledAddressIsRefusedAndNotStored() {
        LoopbackClient client = LoopbackClient.onFreshAddress(port);
        useUpTheBudget(client);
        String eventId = "crm-evt-" + UUID.randomUUID();

        LoopbackClient.Response response = signed(client, CrmEvents.event(eventId, Instant.now(), uniqueNumber(), "SIGNED", "HOSPITAL"));

        assertThat(response.status()).isEqualTo(429);
        assertThat(json(response).path("code").asText()).isEqualTo("too_many_refused_attempts");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE source_event_id = ?", Integer.class, eventId)).isZero();
    }

    @Test
    void anotherAddressIsNotThrottled() {
        useUpTheBudget(LoopbackClient.onFreshAddress(port));
        LoopbackClient other = LoopbackClient.onFreshAddress(port);

        assertThat(signed(other, CrmEvents.event(uniqueNumber(), "SIGNED")).status()).isEqualTo(202);
        assertThat(forged(other, uniqueNumber()).status()).isEqualTo(401);
    }

    @Test
    void acceptedEventsBeforeTheBudgetIsUsedUpAreStoredAndDoNotCountAgainstIt() {
        LoopbackClient client = LoopbackClient.onFreshAddress(port);
        for (int attempt = 1; attempt < budget; attempt++) {
            forged(client, uniqueNumber());
        }

        for (int event = 0; event < 3; event++) {
            assertThat(signed(client, CrmEvents.event(uniqueNumber(), "SIGNED")).status()).as("event %d", event).isEqualTo(202);
        }
        assertThat(forged(client, uniqueNumber()).status()).as("the last refusal of the budget").isEqualTo(401);
        assertThat(forged(client, uniqueNumber()).status()).isEqualTo(429);
    }

    private void useUpTheBudget(LoopbackClient client) {
        for (int attempt = 1; attempt <= budget; attempt++) {
            assertThat(forged(client, uniqueNumber()).status()).as("refused attempt %d", attempt).isEqualTo(401);
        }
    }

    private LoopbackClient.Response forged(LoopbackClient client, String contractNumber) {
        byte[] body = bytes(CrmEvents.event(contractNumber, "SIGNED"));
        return client.post("/webhooks/crm", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", forger.header(Instant.now().getEpochSecond(), body)), body);
    }

    private LoopbackClient.Response signed(LoopbackClient client, String event) {
        byte[] body = bytes(event);
        return client.post("/webhooks/crm", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", crmSigning.header(Instant.now().getEpochSecond(), body)), body);
    }

    private JsonNode json(LoopbackClient.Response response) {
        try {
            return objectMapper.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }
}
