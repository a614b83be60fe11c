package io.contracthub.connectors.esign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EsignClientTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<String> lastSignature = new AtomicReference<>();
    private EsignClient client;
    private ConnectorResilience resilience;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            lastSignature.set(exchange.getRequestHeaders().getFirst("X-Tsign-Open-Ca-Signature"));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        resilience = new ConnectorResilience("esign", new ResilienceSettings(Duration.ofSeconds(2),
                50, 4, 4, Duration.ofMinutes(1), 4, Duration.ZERO));
        client = new EsignClient(new HttpEndpoint("esign", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(1), Duration.ofSeconds(2)), new EsignSettings("app-1", "secret-1"), new ObjectMapper(),
                Clock.systemUTC(), resilience);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void codeZeroAnswersTheSignFlowId() {
        answer.set("{\"code\":0,\"message\":\"成功\",\"data\":{\"signFlowId\":\"flow-1\"}}");

        assertThat(client.createSignFlowByFile(request())).isEqualTo("flow-1");
        assertThat(lastSignature.get()).isNotBlank();
    }

    @Test
    void nonZeroCodeIsARejectionKeepingTheVendorCodeAndMessage() {
        answer.set("{\"code\":1437513,\"message\":\"文档未成功转换成pdf\",\"data\":null}");

        assertThatThrownBy(() -> client.createSignFlowByFile(request()))
                .isInstanceOfSatisfying(ConnectorRejectedException.class, e -> {
                    assertThat(e.vendorCode()).isEqualTo("1437513");
                    assertThat(e.vendorMessage()).isEqualTo("文档未成功转换成pdf");
                });
        assertThat(calls.get()).as("a business error is not retried").isEqualTo(1);
    }

    @Test
    void http401IsAnAuthenticationError() {
        status.set(401);
        answer.set("{\"success\":false,\"code\":401,\"message\":\"INVALID_SIGNATURE\"}");

        assertThatThrownBy(() -> client.signFlowDetail("flow-1"))
                .isInstanceOfSatisfying(ConnectorAuthenticationException.class, e -> {
                    assertThat(e.vendorCode()).isEqualTo("401");
                    assertThat(e.vendorMessage()).isEqualTo("INVALID_SIGNATURE");
                });
    }

    @Test
    void aServerErrorReachesTheCallerAfterOneCallAndFailuresOpenTheBreaker() {
        status.set(503);
        answer.set("{}");

        assertThatThrownBy(() -> client.signFlowDetail("flow-1")).isInstanceOf(ConnectorUnavailableException.class);
        assertThat(calls.get()).as("not retried in the call: the caller's work retries it").isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.signFlowDetail("flow-1")).isInstanceOf(ConnectorUnavailableException.class);
        }
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        int before = calls.get();
        assertThatThrownBy(() -> client.signFlowDetail("flow-1"))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("circuit breaker esign is open");
        assertThat(calls.get()).as("an open breaker does not call").isEqualTo(before);
    }

    @Test
    void detailMapsTheIntegerStatus() {
        answer.set("{\"code\":0,\"data\":{\"signFlowStatus\":3,\"signFlowDescription\":\"撤销\",\"signFlowFinishTime\":1732600000000}}");

        SignFlowDetail detail = client.signFlowDetail("flow-1");

        assertThat(detail.status()).isEqualTo(SignFlowStatus.REVOKED);
        assertThat(detail.finishedAt().toEpochMilli()).isEqualTo(1_732_600_000_000L);
    }

    private static SignFlowRequest request() {
        return new SignFlowRequest("HT-1", "file-1", "HT-1.pdf", "http://hub/webhooks/esign", true, "ch-1",
                List.of(new SignFlowRequest.Signer("华东医疗器械有限公司", "91310000MA1FL8XQ37", null, 1, 100, 100)));
    }
}
