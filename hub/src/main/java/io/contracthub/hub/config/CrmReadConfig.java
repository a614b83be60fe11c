package io.contracthub.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.crm.CrmContractClient;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.reports.reconcile.CrmStageReader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/**
 * The one client of the CRM's contract read (hub.connectors.crm.read), when its base URL is set: the contract 360
 * reads the stage through it behind the 360's own guards, reconciliation behind the "crm" resilience.
 */
@Configuration
@EnableConfigurationProperties(CrmReadProperties.class)
@ConditionalOnExpression("'${hub.connectors.crm.read.base-url:}'.trim() != ''")
public class CrmReadConfig {

    @Bean
    CrmContractClient crmContractClient(CrmReadProperties properties, ObjectMapper objectMapper) {
        return new CrmContractClient(new HttpEndpoint(CrmContractClient.SYSTEM, URI.create(properties.baseUrl().strip()),
                properties.connectTimeout(), properties.requestTimeout()), objectMapper, properties.token());
    }

    @Bean
    CrmStageReader crmStageReader(CrmContractClient client, CrmReadProperties properties, ResilienceRegistries registries) {
        ConnectorResilience resilience = new ConnectorResilience(CrmContractClient.SYSTEM,
                properties.resilience().toSettings(), registries);
        return number -> resilience.call(() -> client.find(number)).map(CrmContractClient.CrmContractStage::stage);
    }
}
