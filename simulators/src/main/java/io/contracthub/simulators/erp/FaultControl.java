package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /_sim/faults} on every ERP simulator: the sandbox's way to break Kingdee, U8 or SAP on purpose. Body
 * fields, each optional: {@code "next": ["RESET", "SERVER_ERROR", ...]} (the next requests, in order),
 * {@code "rate": 0.3, "random": ["SLOW"], "seed": 1} (a share of all requests from now on), {@code "slowMs": 5000}
 * (how long SLOW waits), {@code "clear": true} (no more faults; applied first). Faults: NONE, SLOW, SERVER_ERROR (503),
 * RESET (connection reset unanswered), LOSE_RESPONSE (processed, then dropped), MALFORMED (processed, then a garbled
 * chunked answer).
 */
final class FaultControl {

    static final String PATH = "/_sim/faults";

    private FaultControl() {
    }

    static Response apply(FaultPlan faults, byte[] body) {
        JsonNode request;
        List<Fault> next;
        List<Fault> random;
        try {
            request = body.length == 0 ? SimulatorHttpServer.JSON.createObjectNode() : SimulatorHttpServer.JSON.readTree(body);
            if (request == null || !request.isObject()) {
                return refused("the body must be a JSON object");
            }
            next = faults(request.path("next"));
            random = faults(request.path("random"));
        } catch (IOException notJson) {
            return refused("the body is not JSON");
        } catch (IllegalArgumentException unknown) {
            return refused(unknown.getMessage());
        }
        double rate = request.path("rate").asDouble(0);
        if (rate < 0 || rate > 1) {
            return refused("rate must be between 0 and 1");
        }
        if (request.path("clear").asBoolean(false)) {
            faults.clear();
        }
        if (!next.isEmpty()) {
            faults.failNext(next.toArray(Fault[]::new));
        }
        if (request.has("rate")) {
            faults.failRandomly(rate, request.path("seed").asLong(0), random.toArray(Fault[]::new));
        }
        if (request.has("slowMs")) {
            faults.slowDelay(Duration.ofMillis(Math.max(0, request.path("slowMs").asLong())));
        }
        ObjectNode answer = SimulatorHttpServer.JSON.createObjectNode().put("status", "applied");
        answer.putPOJO("next", next).put("rate", rate).putPOJO("random", random);
        return Response.json(200, answer);
    }

    private static List<Fault> faults(JsonNode names) {
        List<Fault> faults = new ArrayList<>();
        if (names.isMissingNode() || names.isNull()) {
            return faults;
        }
        if (!names.isArray()) {
            throw new IllegalArgumentException("next and random are arrays of fault names");
        }
        for (JsonNode name : names) {
            try {
                faults.add(Fault.valueOf(name.asText()));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("unknown fault " + name + "; one of " + List.of(Fault.values()));
            }
        }
        return faults;
    }

    private static Response refused(String message) {
        return Response.json(400, SimulatorHttpServer.JSON.createObjectNode().put("code", "bad_fault_request")
                .put("message", message));
    }
}
