package io.contracthub.connectors.kuaidi100;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Kuaidi100ClientTest {

    private static final String TRACK = """
            {"message":"ok","nu":"SF1400000000001","ischeck":"0","condition":"00","com":"shunfeng","status":"200",
             "state":"0","data":[
              {"time":"2026-12-01 10:30:00","ftime":"2026-12-01 10:30:00","context":"快件已到达【上海转运中心】","areaName":"上海市"},
              {"time":"2026-12-01 10:00:00","ftime":"2026-12-01 10:00:00","context":"快件已揽收","areaName":"上海市"}]}""";

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>(TRACK);
    private final AtomicReference<Map<String, String>> form = new AtomicReference<>();
    private final AtomicReference<String> path = new AtomicReference<>();
    private Kuaidi100Client client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            path.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            form.set(decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = new Kuaidi100Client(new HttpEndpoint("kuaidi100", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(1), Duration.ofSeconds(2)), new Kuaidi100Settings("CUSTOMER1", "key-1"), new ObjectMapper());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsCustomerParamAndItsSignAsAForm() {
        client.query("shunfeng", "SF1400000000001");

        assertThat(path.get()).isEqualTo("POST /poll/query.do");
        assertThat(form.get()).containsEntry("customer", "CUSTOMER1")
                .containsEntry("param", "{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}")
                .containsEntry("sign", Kuaidi100Sign.of("{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}", "key-1", "CUSTOMER1"));
    }

    @Test
    void readsTheTrackNewestFirst() {
        Kuaidi100Track track = client.query("shunfeng", "SF1400000000001");

        assertThat(track.com()).isEqualTo("shunfeng");
        assertThat(track.num()).isEqualTo("SF1400000000001");
        assertThat(track.state()).isEqualTo("0");
        assertThat(track.stateDescription()).isEqualTo("in transit");
        assertThat(track.signedFor()).isFalse();
        assertThat(track.events()).extracting(Kuaidi100Track.Event::context)
                .containsExactly("快件已到达【上海转运中心】", "快件已揽收");
        assertThat(track.events().get(0).time()).isEqualTo("2026-12-01 10:30:00");
    }

    @Test
    void aRefusalCarriesKuaidi100sCodeAndMessage() {
        answer.set("{\"result\":false,\"returnCode\":\"500\",\"message\":\"查询无结果，请隔段时间再查\"}");

        assertThatThrownBy(() -> client.query("shunfeng", "SF1400000000001"))
                .isInstanceOfSatisfying(ConnectorRejectedException.class, e -> {
                    assertThat(e.vendorCode()).isEqualTo("500");
                    assertThat(e.vendorMessage()).isEqualTo("查询无结果，请隔段时间再查");
                });
    }

    @Test
    void aWrongSignIsAnAuthenticationFailure() {
        answer.set("{\"result\":false,\"returnCode\":\"503\",\"message\":\"验证签名失败\"}");

        assertThatThrownBy(() -> client.query("shunfeng", "SF1400000000001"))
                .isInstanceOf(ConnectorAuthenticationException.class).hasMessageContaining("验证签名失败");
    }

    @Test
    void aGatewayErrorIsTransient() {
        status.set(502);
        answer.set("bad gateway");

        assertThatThrownBy(() -> client.query("shunfeng", "SF1400000000001"))
                .isInstanceOfSatisfying(ConnectorUnavailableException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }
}
