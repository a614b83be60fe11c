package io.contracthub.hub.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.routes.erp.ErpRoutingException;
import io.contracthub.routes.erp.ErpTarget;
import io.contracthub.routes.erp.ErpTargets;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The routing rule of config/erp.yml: customer region, then customer segment, then the company configured for an
 * unknown region (when the customer names one) or the default company (when it names none).
 */
@Component
public class ErpCompanyRouter implements ErpTargets {

    private final ErpProperties properties;
    private final ObjectMapper objectMapper;

    public ErpCompanyRouter(ErpProperties properties, ObjectMapper objectMapper) {
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @Override
    public ErpTarget targetFor(JsonNode triggerMessage) {
        JsonNode customer = triggerMessage.path("contract").path("customer");
        String region = customer.path("region").asText("");
        String segment = customer.path("segment").asText("");
        ErpProperties.Routing routing = properties.routing();
        String fallback = region.isBlank() ? routing.defaultCompany() : routing.unknownRegionCompany();
        String code = first(lookup(routing.byRegion(), region), lookup(routing.bySegment(), segment), fallback);
        if (code == null || code.isBlank()) {
            throw new ErpRoutingException("no company is configured for customer region '" + region + "' or segment '"
                    + segment + "' and there is no " + (region.isBlank() ? "default-company" : "unknown-region-company")
                    + " (hub.erp.routing)");
        }
        ErpProperties.Company company = properties.companies() == null ? null : properties.companies().get(code);
        if (company == null) {
            throw new ErpRoutingException("company " + code + " is named by hub.erp.routing but not configured under hub.erp.companies");
        }
        ObjectNode json = objectMapper.valueToTree(company);
        json.put("code", code);
        return new ErpTarget(company.erp(), code, json);
    }

    private static String lookup(Map<String, String> rule, String key) {
        return key.isBlank() ? null : rule.get(key);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
