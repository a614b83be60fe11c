package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.http.LoopbackServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side every ERP simulator shares, on 127.0.0.1: applies the fault plan to each request, serves the
 * journal at {@code GET /_sim/journal}, and hands everything else to the simulator's own handler.
 */
public final class SimulatorHttpServer {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A simulator's protocol: one request in, one answer out. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws IOException;
    }

    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        public String cookie(String name) {
            String cookies = header("Cookie");
            if (cookies == null) {
                return null;
            }
            for (String cookie : cookies.split(";")) {
                String[] pair = cookie.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(name)) {
                    return pair[1];
                }
            }
            return null;
        }

        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public static Response json(int status, Object body) {
            try {
                return new Response(status, Map.of("Content-Type", "application/json; charset=utf-8"), JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Response text(int status, String body) {
            return new Response(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
        }

        public static Response xml(int status, String body) {
            return new Response(status, Map.of("Content-Type", "text/xml; charset=utf-8"), body);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Response(status, copy, body);
        }
    }

    private final FaultPlan faults;
    private final DocumentJournal journal;
    private final Handler handler;
    private LoopbackServer server;

    private SimulatorHttpServer(FaultPlan faults, DocumentJournal journal, Handler handler) {
        this.faults = faults;
        this.journal = journal;
        this.handler = handler;
    }

    public static SimulatorHttpServer start(String name, int port, FaultPlan faults, DocumentJournal journal, Handler handler) {
        SimulatorHttpServer simulator = new SimulatorHttpServer(faults, journal, handler);
        simulator.server = LoopbackServer.start(name, port, simulator::serve);
        return simulator;
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void stop() {
        server.stop();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    FormEncoding.decode(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes());
            if ("/_sim/journal".equals(request.path())) {
                send(exchange, Response.json(200, journal.all()));
                return;
            }
            if (FaultControl.PATH.equals(request.path()) && "POST".equals(request.method())) {
                send(exchange, FaultControl.apply(faults, request.body()));
                return;
            }
            Fault fault = faults.draw();
            if (fault == Fault.RESET) {
                return; // closing an exchange whose headers were never sent drops the connection
            }
            if (fault == Fault.SERVER_ERROR) {
                send(exchange, Response.text(503, "Service Unavailable"));
                return;
            }
            if (fault == Fault.SLOW) {
                sleep(faults.slowDelay().toMillis());
            }
            Response response = handler.handle(request);
            if (fault != Fault.LOSE_RESPONSE) {
                send(exchange, response);
            }
        } catch (RuntimeException e) {
            send(exchange, Response.text(500, "simulator fault: " + e));
        }
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
