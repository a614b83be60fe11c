package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class U8TokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private U8TokenCache cache;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/system/token", exchange -> {
            byte[] body = ("{\"errcode\":\"0\",\"token\":{\"id\":\"u8-token-" + fetches.incrementAndGet()
                    + "\",\"expiresIn\":3600}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        HttpEndpoint endpoint = new HttpEndpoint("u8", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        U8Settings settings = new U8Settings("from", "to", "key", "secret", null, Duration.ofMinutes(5),
                Duration.ofMillis(10), 1, List.of());
        JsonHttpClient client = new JsonHttpClient(endpoint, new ObjectMapper(),
                (method, path, body) -> Map.of(), VendorError.fields("errcode", "errmsg"));
        cache = new U8TokenCache(settings, client, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void expiresAtIsEmptyBeforeTheFirstFetchThenTheAnnouncedLifetimeThenEmptyAfterInvalidate() {
        assertThat(cache.expiresAt()).isEmpty();
        String token = cache.current();
        assertThat(token).isEqualTo("u8-token-1");
        assertThat(cache.expiresAt()).contains(NOW.plusSeconds(3600));
        cache.invalidate(token);
        assertThat(cache.expiresAt()).isEmpty();
        assertThat(fetches).hasValue(1);
    }
}
