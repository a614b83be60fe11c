package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.http.RequestLine;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side every ERP simulator shares, a WireMock server on 127.0.0.1 ({@link SimulatorWireMockServer}):
 * serves the journal at {@code GET /_sim/journal}, the receipt book at {@code /_sim/receipts} (GET lists, POST books)
 * and the fault plan at {@code POST /_sim/faults}; every other request draws from the fault plan, which WireMock
 * carries out ({@link WireMockFaults}), and is answered by the simulator's stub files or else its own handler.
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
    private final ReceiptBook receipts;
    private final Handler handler;
    private SimulatorWireMockServer server;

    private SimulatorHttpServer(FaultPlan faults, DocumentJournal journal, ReceiptBook receipts, Handler handler) {
        this.faults = faults;
        this.journal = journal;
        this.receipts = receipts;
        this.handler = handler;
    }

    public static SimulatorHttpServer start(String name, int port, FaultPlan faults, DocumentJournal journal, Handler handler) {
        return start(name, port, faults, journal, null, handler);
    }

    /** As {@link #start(String, int, FaultPlan, DocumentJournal, Handler)}, booking receipts at {@code POST /_sim/receipts}. */
    public static SimulatorHttpServer start(String name, int port, FaultPlan faults, DocumentJournal journal,
                                            ReceiptBook receipts, Handler handler) {
        SimulatorHttpServer simulator = new SimulatorHttpServer(faults, journal, receipts, handler);
        simulator.server = SimulatorWireMockServer.start(name, port, simulator::answer);
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

    private ResponseDefinition answer(com.github.tomakehurst.wiremock.http.Request received, ResponseDefinition stubbed)
            throws IOException {
        Request request = new Request(received.getMethod().getName(), RequestLine.path(received),
                FormEncoding.decode(RequestLine.rawQuery(received)), RequestLine.headers(received), received.getBody());
        if ("/_sim/journal".equals(request.path())) {
            return definition(Response.json(200, journal.all()));
        }
        if (receipts != null && "/_sim/receipts".equals(request.path())) {
            return definition("POST".equals(request.method()) ? receipts.post(request.json())
                    : Response.json(200, receipts.all()));
        }
        if (FaultControl.PATH.equals(request.path()) && "POST".equals(request.method())) {
            return definition(FaultControl.apply(faults, request.body()));
        }
        Fault fault = faults.draw();
        if (WireMockFaults.answersWithoutProcessing(fault)) {
            return WireMockFaults.unprocessed(fault);
        }
        ResponseDefinition answer = stubbed != null ? stubbed : definition(handler.handle(request));
        return WireMockFaults.afterProcessing(fault, answer, faults.slowDelay());
    }

    static ResponseDefinition definition(Response response) {
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
        response.headers().forEach(answer::withHeader);
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        return answer.build();
    }
}
