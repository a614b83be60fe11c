package io.contracthub.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The CRM's contract read ({@code GET /crm/contracts/{number}}), the one call the hub makes to the CRM: the contract
 * 360's CRM source and reconciliation's stage check both use it. A blank base URL leaves both without the CRM.
 *
 * @param token      bearer token, when the CRM asks for one
 * @param resilience the "crm" resilience of reconciliation's reads (the 360 guards its sources itself)
 */
@ConfigurationProperties("hub.connectors.crm.read")
public record CrmReadProperties(String baseUrl, String token, @DefaultValue("2s") Duration connectTimeout,
                                @DefaultValue("5s") Duration requestTimeout, HubProperties.Resilience resilience) {

    public boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "CrmReadProperties[baseUrl=" + baseUrl + ", token=***]";
    }
}
