package io.contracthub.simulators.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.http.SimulatorExchange;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's HTTP API on 127.0.0.1:
 * <ul>
 *   <li>{@code POST /crm/contracts/{number}/stage} with {@code {"stage": "SIGNED", ...changes}}</li>
 *   <li>{@code POST /crm/events/{eventId}/resend}</li>
 *   <li>{@code GET /crm/journal}</li>
 *   <li>{@code PUT /crm/documents/{name}} (a PDF: the approved contract file the CRM keeps) and
 *       {@code GET /crm/documents/{name}}; a stage update with {@code "document": {"url": ".../crm/documents/{name}"}}
 *       names it in the event</li>
 *   <li>{@code GET /crm/contracts/{number}}: {@code {"number", "salesStage", "stageChangedAt"}} as the CRM holds it
 *       now; 404 for a number it does not know</li>
 * </ul>
 * Errors answer {@code {"code", "message"}}.
 */
final class CrmSimulatorHttpApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STAGE_ROUTE = Pattern.compile("/crm/contracts/([^/]+)/stage");
    private static final Pattern CONTRACT_ROUTE = Pattern.compile("/crm/contracts/([^/]+)");
    private static final Pattern RESEND_ROUTE = Pattern.compile("/crm/events/([^/]+)/resend");
    private static final String JOURNAL_ROUTE = "/crm/journal";
    private static final Pattern DOCUMENT_ROUTE = Pattern.compile("/crm/documents/([A-Za-z0-9][A-Za-z0-9._-]{0,99})");
    private final java.util.Map<String, byte[]> documents = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HTTP_OK = 200;
    private static final int HTTP_BAD_GATEWAY = 502;

    private final CrmSimulator simulator;
    private SimulatorWireMockServer server;

    private CrmSimulatorHttpApi(CrmSimulator simulator) {
        this.simulator = simulator;
    }

    static CrmSimulatorHttpApi start(CrmSimulator simulator, int port) {
        CrmSimulatorHttpApi api = new CrmSimulatorHttpApi(simulator);
        api.server = SimulatorWireMockServer.start("crm", port, SimulatorExchange.handledBy(api::handle));
        return api;
    }

    int port() {
        return server.port();
    }

    void stop() {
        server.stop();
    }

    private void handle(SimulatorExchange exchange) throws IOException {
        // not try-with-resources: that would close the exchange before the catch blocks could answer
        try {
            route(exchange);
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error("invalid_request", e.getMessage()));
        } catch (NoSuchElementException e) {
            respond(exchange, 404, error("not_found", e.getMessage()));
        } catch (RuntimeException e) {
            respond(exchange, 500, error("internal_error", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private void route(SimulatorExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Matcher stage = STAGE_ROUTE.matcher(path);
        Matcher resend = RESEND_ROUTE.matcher(path);
        Matcher contract = CONTRACT_ROUTE.matcher(path);
        if (contract.matches()) {
            if (requireMethod(exchange, "GET")) {
                String number = decode(contract.group(1));
                String salesStage = simulator.salesStage(number)
                        .orElseThrow(() -> new NoSuchElementException("No contract " + number));
                ObjectNode answer = JsonNodeFactory.instance.objectNode().put("number", number).put("salesStage", salesStage);
                simulator.lastAnnounced(number).ifPresent(sent -> answer.put("stageChangedAt", sent.sentAt().toString()));
                respond(exchange, HTTP_OK, answer);
            }
        } else if (stage.matches()) {
            if (requireMethod(exchange, "POST")) {
                changeStage(exchange, decode(stage.group(1)));
            }
        } else if (resend.matches()) {
            if (requireMethod(exchange, "POST")) {
                answerWithDelivery(exchange, simulator.resend(decode(resend.group(1))));
            }
        } else if (DOCUMENT_ROUTE.matcher(path).matches()) {
            document(exchange, DOCUMENT_ROUTE.matcher(path).replaceFirst("$1"));
        } else if (path.equals(JOURNAL_ROUTE)) {
            if (requireMethod(exchange, "GET")) {
                respond(exchange, HTTP_OK, journal());
            }
        } else {
            respond(exchange, 404, error("not_found", "No such route: " + exchange.getRequestMethod() + " " + path));
        }
    }

    private void document(SimulatorExchange exchange, String name) throws IOException {
        if (exchange.getRequestMethod().equals("PUT")) {
            byte[] pdf = exchange.getRequestBody().readAllBytes();
            if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                respond(exchange, 400, error("invalid_request", "A contract document must be a PDF"));
                return;
            }
            documents.put(name, pdf);
            respond(exchange, HTTP_OK, JSON.createObjectNode().put("document", name).put("bytes", pdf.length));
        } else if (requireMethod(exchange, "GET")) {
            byte[] pdf = documents.get(name);
            if (pdf == null) {
                respond(exchange, 404, error("not_found", "No document " + name));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(HTTP_OK, pdf.length);
            exchange.getResponseBody().write(pdf);
        }
    }

    private void changeStage(SimulatorExchange exchange, String contractNumber) throws IOException {
        ObjectNode request = readObject(exchange);
        if (request == null) {
            return;
        }
        JsonNode stage = request.remove("stage");
        if (stage == null || !stage.isTextual()) {
            respond(exchange, 400, error("invalid_request", "The body must carry a \"stage\" string"));
            return;
        }
        answerWithDelivery(exchange, simulator.sendStage(contractNumber, stage.asText(), request));
    }

    private void answerWithDelivery(SimulatorExchange exchange, SentEvent sent) throws IOException {
        if (!sent.delivered()) {
            ObjectNode failure = error("hub_unreachable", sent.hubResponse());
            failure.put("eventId", sent.eventId());
            respond(exchange, HTTP_BAD_GATEWAY, failure);
            return;
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("eventId", sent.eventId());
        answer.put("hubStatus", sent.hubStatus());
        answer.set("hubResponse", jsonOrText(sent.hubResponse()));
        respond(exchange, HTTP_OK, answer);
    }

    private ArrayNode journal() {
        ArrayNode journal = JsonNodeFactory.instance.arrayNode();
        for (SentEvent sent : simulator.journal()) {
            journal.addObject()
                    .put("eventId", sent.eventId())
                    .put("contractNumber", sent.contractNumber())
                    .put("stage", sent.stage())
                    .put("hubStatus", sent.hubStatus())
                    .put("sentAt", sent.sentAt().toString());
        }
        return journal;
    }

    /** The request body as a JSON object, or null after answering 400 when it is not one. */
    private static ObjectNode readObject(SimulatorExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            JsonNode parsed = JSON.readTree(body);
            if (parsed instanceof ObjectNode object) {
                return object;
            }
            respond(exchange, 400, error("invalid_json", "The body must be a JSON object"));
        } catch (JsonProcessingException e) {
            respond(exchange, 400, error("invalid_json", "The body is not valid JSON: " + e.getOriginalMessage()));
        }
        return null;
    }

    private static boolean requireMethod(SimulatorExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        respond(exchange, 405, error("method_not_allowed", "Use " + method));
        return false;
    }

    private static JsonNode jsonOrText(String body) {
        try {
            JsonNode parsed = JSON.readTree(body);
            return parsed == null || parsed.isMissingNode() ? JsonNodeFactory.instance.textNode(body) : parsed;
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(body);
        }
    }

    private static String decode(String pathSegment) {
        return URLDecoder.decode(pathSegment, StandardCharsets.UTF_8);
    }

    private static ObjectNode error(String code, String message) {
        return JsonNodeFactory.instance.objectNode().put("code", code).put("message", message);
    }

    private static void respond(SimulatorExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
