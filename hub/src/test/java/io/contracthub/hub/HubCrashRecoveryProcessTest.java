package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.auth.TimestampedSignatureScheme;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the real hub process between accepting events and publishing their triggers: after a restart on
 * the same data directory nothing accepted is lost and no trigger is published twice.
 */
class HubCrashRecoveryProcessTest {

    private static final List<String> TRIGGER_QUEUES =
            List.of("finance.invoicing-tasks", "supplychain.stocking-instructions", "project.scheduling-requests");
    private static final int EFFECTIVE_CONTRACTS = 3;
    private static final int BURST = 30;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final TimestampedSignatureScheme signing =
            new TimestampedSignatureScheme(HubProcess.CRM_SECRET, Duration.ofMinutes(5));

    @TempDir
    Path dataDir;

    @Test
    void killMinusNineBetweenAcceptAndPublishLosesNothingAndDuplicatesNothing() throws Exception {
        int brokerPort = HubProcess.freePort();
        Path log = dataDir.resolve("hub.log");
        List<String> effective = new ArrayList<>();
        List<String> burst = new ArrayList<>();

        try (HubProcess hub = HubProcess.start(dataDir, brokerPort, log, "--hub.outbox.relay-enabled=false")) {
            for (int i = 0; i < EFFECTIVE_CONTRACTS; i++) {
                effective.add(makeEffective(hub, "HT-CRASH-E" + i));
            }
            for (int i = 0; i < BURST; i++) {
                String number = "HT-CRASH-B" + i;
                assertThat(postCrm(hub, number).statusCode()).isEqualTo(202);
                burst.add(number);
            }
            hub.kill();
        }

        try (HubProcess hub = HubProcess.start(dataDir, brokerPort, log)) {
            for (String number : burst) {
                String id = await().atMost(Duration.ofSeconds(30)).until(() -> contractId(hub, number), i -> i != null);
                assertThat(get(hub, "/api/contracts/" + id + "/timeline")).as(number).hasSize(1);
            }
            Map<String, Integer> deliveries = consumeAll(brokerPort);
            for (String id : effective) {
                assertThat(get(hub, "/api/contracts/" + id).path("lifecycle").asText()).isEqualTo("EFFECTIVE");
                for (String queue : TRIGGER_QUEUES) {
                    assertThat(deliveries.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(queue + "|" + id + ":"))
                            .mapToInt(Map.Entry::getValue).boxed().toList())
                            .as("deliveries of %s's trigger on %s", id, queue).containsExactly(1);
                }
            }
        }
    }

    private String makeEffective(HubProcess hub, String number) throws Exception {
        assertThat(postCrm(hub, number).statusCode()).isEqualTo(202);
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> contractId(hub, number), i -> i != null);
        for (String facet : List.of("SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(hub, "/api/contracts/" + id + "/evidence"))
                    .header("X-Api-Key", HubProcess.API_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"facet\":\"" + facet + "\",\"outcome\":\"CONFIRMED\",\"actor\":\"ops\",\"reason\":\"crash test\"}"))
                    .build());
            assertThat(response.statusCode()).isEqualTo(201);
        }
        assertThat(get(hub, "/api/contracts/" + id).path("lifecycle").asText()).isEqualTo("EFFECTIVE");
        return id;
    }

    /** Every message now on the trigger queues, counted per queue and idempotency key. */
    private Map<String, Integer> consumeAll(int brokerPort) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
             Connection connection = factory.createConnection(HubProcess.BROKER_USER, HubProcess.BROKER_PASSWORD)) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String queue : TRIGGER_QUEUES) {
                MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
                // the first message may still be on its way from the relay after the restart
                Message message = consumer.receive(15_000);
                while (message != null) {
                    counts.merge(queue + "|" + message.getStringProperty("HubIdempotencyKey"), 1, Integer::sum);
                    message = consumer.receive(2_000);
                }
                consumer.close();
            }
        }
        return counts;
    }

    private HttpResponse<String> postCrm(HubProcess hub, String number) {
        String body = CrmEvents.event("crm-evt-" + number, Instant.now(), number, "SIGNED", "HOSPITAL");
        return send(HttpRequest.newBuilder(uri(hub, "/webhooks/crm")).header("Content-Type", "application/json")
                .header("X-Hub-Signature", signing.header(Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String contractId(HubProcess hub, String number) throws IOException {
        JsonNode items = get(hub, "/api/contracts?number=" + number).path("items");
        return items.size() == 1 ? items.get(0).path("id").asText() : null;
    }

    private JsonNode get(HubProcess hub, String path) throws IOException {
        return json.readTree(send(HttpRequest.newBuilder(uri(hub, path)).header("X-Api-Key", HubProcess.API_KEY).build()).body());
    }

    private static URI uri(HubProcess hub, String path) {
        return URI.create("http://127.0.0.1:" + hub.port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
