package io.contracthub.connectors.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM's read API, as far as the hub needs it: {@code GET /crm/contracts/{number}} answers the contract's current
 * sales stage ({@code {"number", "salesStage", "stageChangedAt"}}; 404 when the CRM has no such contract), with the
 * configured read token (if any) as bearer token. The CRM otherwise only pushes change events. One call, no resilience
 * of its own: each caller calls it under its own time limit and breaker.
 */
public final class CrmContractClient {

    public static final String SYSTEM = "crm";

    private final JsonHttpClient http;

    public CrmContractClient(HttpEndpoint endpoint, ObjectMapper objectMapper, String token) {
        this.http = new JsonHttpClient(endpoint, objectMapper,
                (method, path, body) -> token == null || token.isBlank() ? Map.of() : Map.of("Authorization", "Bearer " + token),
                VendorError.fields("code", "message"));
    }

    /** The contract's stage as the CRM holds it now, or empty when the CRM does not know the number. */
    public Optional<CrmContractStage> find(String contractNumber) {
        try {
            JsonNode answer = http.get("/crm/contracts/" + URLEncoder.encode(contractNumber, StandardCharsets.UTF_8));
            String stage = answer.path("salesStage").asText("");
            return stage.isEmpty() ? Optional.empty() : Optional.of(new CrmContractStage(
                    answer.path("number").asText(contractNumber), stage, answer.path("stageChangedAt").asText(null)));
        } catch (ConnectorRejectedException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** As {@link #find}, for a caller that needs the stage: an unknown contract is the CRM's refusal. */
    public CrmContractStage stage(String contractNumber) {
        return find(contractNumber).orElseThrow(() -> new ConnectorRejectedException(SYSTEM, 404, "not_found",
                "the CRM has no contract " + contractNumber));
    }

    /** @param stageChangedAt ISO-8601 instant, as the CRM writes it (null when it does not say) */
    public record CrmContractStage(String number, String stage, String stageChangedAt) {
    }
}
