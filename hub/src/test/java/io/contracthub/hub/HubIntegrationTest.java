package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.auth.TimestampedSignatureScheme;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that drive the running hub from outside, over HTTP and the broker, as a user would.
 * All subclasses share one application context (one embedded H2 + Artemis in a temporary data directory).
 */
@SpringBootTest(classes = ContractHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
public abstract class HubIntegrationTest {

    protected static final String API_KEY = "test-api-key";
    protected static final String CRM_SECRET = "whsec_test_secret";
    private static final Path DATA_DIR = temporaryDataDir();

    @LocalServerPort
    protected int port;
    @Autowired
    protected ObjectMapper objectMapper;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JmsTemplate jms;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final TimestampedSignatureScheme crmSigning = new TimestampedSignatureScheme(CRM_SECRET, Duration.ofMinutes(5));

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("hub.data-dir", DATA_DIR::toString);
        if ("postgres".equals(System.getProperty("hub.test.database"))) {
            usePostgres(registry);
        }
    }

    /** The suite's second run (Maven profile postgres-tests): same tests, PostgreSQL in a fresh schema. */
    private static void usePostgres(DynamicPropertyRegistry registry) {
        String url = System.getenv("HUB_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("hub.test.database=postgres needs HUB_TEST_POSTGRES_URL");
        }
        String schema = "hub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("HUB_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("HUB_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> schema);
    }

    @BeforeEach
    void shortReceiveTimeout() {
        jms.setReceiveTimeout(5_000);
    }

    protected static String uniqueNumber() {
        return "HT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    protected HttpResponse<String> postCrm(String body) {
        return postCrm(body, crmSigning.header(Instant.now().getEpochSecond(), bytes(body)));
    }

    protected HttpResponse<String> postCrm(String body, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/crm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signatureHeader != null) {
            request.header("X-Hub-Signature", signatureHeader);
        }
        return send(request.build());
    }

    protected HttpResponse<String> apiGet(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY).GET().build());
    }

    protected HttpResponse<String> apiPost(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected JsonNode json(HttpResponse<String> response) {
        try {
            return objectMapper.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    /** Waits until the contract with this number exists and answers its hub id. */
    protected String awaitContractId(String contractNumber) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode page = json(apiGet("/api/contracts?number=" + contractNumber));
            return page.path("items").size() == 1 ? page.path("items").get(0).path("id").asText() : null;
        }, id -> id != null);
    }

    /** A new contract the CRM reports SIGNED: only sales says so, CLAIMED_BY_SALES. Answers its hub id. */
    protected String claimedContract() {
        String number = uniqueNumber();
        postCrm(io.contracthub.hub.CrmEvents.event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    protected JsonNode awaitContract(String id, String lifecycle) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> json(apiGet("/api/contracts/" + id)), c -> lifecycle.equals(c.path("lifecycle").asText()));
    }

    protected JsonNode recordManual(String contractId, String facet, String outcome, String actor) {
        HttpResponse<String> response = apiPost("/api/contracts/" + contractId + "/evidence", """
                {"facet":"%s","outcome":"%s","actor":"%s","reason":"checked by %s","attachmentRef":"dms://proof/%s"}"""
                .formatted(facet, outcome, actor, actor, facet.toLowerCase()));
        if (response.statusCode() != 201) {
            throw new AssertionError("manual evidence refused: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    protected int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("contract-hub-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
