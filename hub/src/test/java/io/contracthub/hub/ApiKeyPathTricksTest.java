package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API key cannot be bypassed by writing the path another way. Requests go over a plain socket so that no
 * client library normalises the path before the hub sees it.
 */
class ApiKeyPathTricksTest extends HubIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @ParameterizedTest(name = "{0} is refused as not normalised")
    @ValueSource(strings = {
            "/api;/contracts",
            "/api/contracts;jsessionid=x",
            "/%2e/api/contracts",
            "/api/%2e%2e/api/contracts",
            "/api%2fcontracts",
            "//api/contracts",
            "/api//contracts",
            "/./api/contracts",
            "/api/./contracts",
            "/api/../api/contracts",
            "/x/../api/contracts"})
    void pathsThatAreNotNormalisedAreRefusedWith400(String path) {
        RawResponse response = raw("GET", path, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).isEqualTo("request_rejected");
    }

    @ParameterizedTest(name = "{0} still needs the key")
    @ValueSource(strings = {"/%61pi/contracts", "/ap%69/contracts?number=x", "/api/contracts/", "/api/contracts?number=%61"})
    void encodedLettersAndATrailingSlashStillNeedTheKey(String path) {
        RawResponse response = raw("GET", path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("code").asText()).isEqualTo("api_key_missing");
    }

    @Test
    void anEncodedLetterWithTheKeyReachesTheSameEndpoint() {
        RawResponse response = raw("GET", "/%61pi/contracts?number=HT-NONE", API_KEY);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0} is not found")
    @ValueSource(strings = {"/API/contracts", "/Api/contracts", "/actuator/env"})
    void pathsOutsideTheApiAreNotFoundWithoutRevealingAnything(String path) {
        RawResponse response = raw("GET", path, null);

        assertThat(response.status()).isIn(401, 404);
        assertThat(response.status()).isNotEqualTo(200);
        assertThat(response.json().path("code").asText()).isIn("not_found", "api_key_missing");
    }

    // "/" and "/contracts" are the console's now: without a login they only lead to the login page
    @ParameterizedTest(name = "{0} leads to the login page")
    @ValueSource(strings = {"/", "/contracts"})
    void consolePagesOnlyLeadAnonymousCallersToTheLoginPage(String path) {
        RawResponse response = raw("GET", path, null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.body()).doesNotContain("HT-");
    }

    @Test
    void evidenceCannotBeRecordedThroughASemicolonPath() {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM journal WHERE contract_id = ?", Integer.class, id);

        RawResponse response = raw("POST", "/api;/contracts/" + id + "/evidence", null,
                "{\"facet\":\"SIGNATURE\",\"outcome\":\"CONFIRMED\",\"actor\":\"intruder\",\"reason\":\"bypass\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal WHERE contract_id = ?", Integer.class, id))
                .isEqualTo(entries);
    }

    @Test
    void everyApiEndpointRefusesARequestWithoutTheKey() {
        Set<String> checked = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "x1");
                Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
                for (String verb : verbs) {
                    RawResponse response = raw(verb, path, null, verb.equals("GET") ? null : "{}");
                    assertThat(response.status()).as(verb + " " + path).isEqualTo(401);
                    assertThat(response.json().path("code").asText()).as(verb + " " + path).isEqualTo("api_key_missing");
                    checked.add(verb + " " + pattern);
                }
            }
        });
        assertThat(checked).as("the /api endpoints found").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void healthAndMetricsForScrapingAreOpenButOtherActuatorEndpointsNeedTheKey() {
        assertThat(raw("GET", "/actuator/health", null).status()).isEqualTo(200);
        assertThat(raw("GET", "/actuator/prometheus", null).status()).isEqualTo(200);
        RawResponse metrics = raw("GET", "/actuator/metrics", null);
        assertThat(metrics.status()).isEqualTo(401);
        assertThat(metrics.json().path("code").asText()).isEqualTo("api_key_missing");
        assertThat(raw("GET", "/actuator/metrics", API_KEY).status()).isEqualTo(200);
    }

    private RawResponse raw(String method, String path, String apiKey) {
        return raw(method, path, apiKey, null);
    }

    private RawResponse raw(String method, String path, String apiKey, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        if (apiKey != null) {
            request.append("X-Api-Key: ").append(apiKey).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n") + 4;
            String head = answer.substring(0, bodyStart);
            String payload = answer.substring(bodyStart);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                payload = dechunk(payload);
            }
            return new RawResponse(status, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private record RawResponse(int status, String body) {
        JsonNode json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
