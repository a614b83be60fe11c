package io.contracthub.connectors.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The CRM's read API, as far as the hub needs it: {@code GET /crm/contracts/{number}} answers the contract's current
 * sales stage ({@code {"number", "stage", "stageChangedAt"}}). One call, no resilience of its own: the caller's.
 */
public final class CrmContractClient {

    public static final String SYSTEM = "crm";

    private final JsonHttpClient http;

    public CrmContractClient(HttpEndpoint endpoint, ObjectMapper objectMapper) {
        this.http = new JsonHttpClient(endpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("code", "message"));
    }

    public CrmContractStage stage(String contractNumber) {
        JsonNode answer = http.get("/crm/contracts/" + URLEncoder.encode(contractNumber, StandardCharsets.UTF_8));
        return new CrmContractStage(answer.path("number").asText(contractNumber), answer.path("stage").asText(null),
                answer.path("stageChangedAt").asText(null));
    }

    /** @param stageChangedAt ISO-8601 instant, as the CRM writes it (null when it does not say) */
    public record CrmContractStage(String number, String stage, String stageChangedAt) {
    }
}
