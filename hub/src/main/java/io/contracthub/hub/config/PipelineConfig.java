package io.contracthub.hub.config;

import io.contracthub.connectors.crm.CrmWebhookSettings;
import io.contracthub.connectors.crm.CrmWebhookVerifier;
import io.contracthub.connectors.esign.EsignCallbackVerifier;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.EsignSettings;
import io.contracthub.hub.esign.OnEsignEnabled;
import io.contracthub.model.FacetRules;
import io.contracthub.routes.spi.SourceSystem;
import org.apache.camel.Exchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

@Configuration
public class PipelineConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FacetRules facetRules(HubProperties properties) {
        return new FacetRules(properties.facets().required(),
                properties.facets().additionalBySegment() == null ? Map.of() : properties.facets().additionalBySegment());
    }

    @Bean
    SourceSystem crmSourceSystem(HubProperties properties, Clock clock) {
        HubProperties.Crm crm = properties.connectors().crm();
        CrmWebhookVerifier verifier = new CrmWebhookVerifier(CrmWebhookSettings.of(crm.webhookSecret(), crm.tolerance()));
        return new SourceSystem("crm",
                (headers, rawBody) -> verifier.verify((String) headers.get(CrmWebhookVerifier.SIGNATURE_HEADER), rawBody, clock.instant()),
                "mappings/crm/contract.jslt");
    }

    @Bean
    @OnEsignEnabled
    SourceSystem esignSourceSystem(HubProperties properties, EsignSettings esignSettings, Clock clock) {
        HubProperties.Esign esign = properties.connectors().esign();
        EsignCallbackVerifier verifier = new EsignCallbackVerifier(esignSettings, esign.callbackTolerance());
        // esign signs the query of the URL it called (WebhookController passes it on), not of the configured notifyUrl
        return new SourceSystem(EsignClient.SYSTEM,
                (headers, rawBody) -> verifier.verify((String) headers.get(EsignCallbackVerifier.SIGNATURE_HEADER),
                        (String) headers.get(EsignCallbackVerifier.TIMESTAMP_HEADER),
                        (String) headers.get(Exchange.HTTP_QUERY), rawBody, clock.instant()),
                "mappings/esign/callback.jslt");
    }
}
