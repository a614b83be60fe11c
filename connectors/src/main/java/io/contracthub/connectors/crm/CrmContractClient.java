package io.contracthub.connectors.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a contract's current sales stage from the CRM ({@code GET /crm/contracts/{number}}, answering
 * {@code {"number", "salesStage"}}; 404 when the CRM has no such contract). The CRM otherwise only pushes change
 * events; this is the one read the hub makes, under the "crm" resilience, with the configured read token (if any)
 * as bearer token.
 */
public final class CrmContractClient {

    public static final String SYSTEM = "crm";

    private final JsonHttpClient http;
    private final ConnectorResilience resilience;

    public CrmContractClient(HttpEndpoint endpoint, ObjectMapper objectMapper, String token, ConnectorResilience resilience) {
        this.http = new JsonHttpClient(endpoint, objectMapper,
                (method, path, body) -> token == null || token.isBlank() ? Map.of() : Map.of("Authorization", "Bearer " + token),
                VendorError.fields("code", "message"));
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    /** The contract's sales stage as the CRM holds it now, or empty when the CRM does not know the number. */
    public Optional<String> salesStage(String contractNumber) {
        try {
            JsonNode contract = resilience.call(() ->
                    http.get("/crm/contracts/" + URLEncoder.encode(contractNumber, StandardCharsets.UTF_8)));
            String stage = contract.path("salesStage").asText("");
            return stage.isEmpty() ? Optional.empty() : Optional.of(stage);
        } catch (ConnectorRejectedException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
