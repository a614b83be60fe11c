package io.contracthub.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.EsignSettings;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.hub.esign.OnEsignEnabled;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;

/** The esign connector, when enabled: its settings, its one "esign" resilience setup and its client. */
@Configuration
@OnEsignEnabled
public class EsignConfig {

    @Bean
    EsignSettings esignSettings(HubProperties properties) {
        HubProperties.Esign esign = properties.connectors().esign();
        if (isBlank(esign.appId()) || isBlank(esign.appSecret()) || isBlank(esign.signFlow().fileId())) {
            throw new IllegalStateException("esign is enabled: set HUB_ESIGN_APP_ID, HUB_ESIGN_APP_SECRET and"
                    + " HUB_ESIGN_CONTRACT_FILE_ID (hub.connectors.esign.app-id, .app-secret, .sign-flow.file-id)");
        }
        return new EsignSettings(esign.appId(), esign.appSecret());
    }

    @Bean
    ConnectorResilience esignResilience(HubProperties properties) {
        return new ConnectorResilience(EsignClient.SYSTEM, properties.connectors().esign().resilience().toSettings());
    }

    @Bean
    EsignClient esignClient(HubProperties properties, EsignSettings settings, ObjectMapper objectMapper, Clock clock,
                            ConnectorResilience esignResilience) {
        HubProperties.Esign esign = properties.connectors().esign();
        HttpEndpoint endpoint = new HttpEndpoint(EsignClient.SYSTEM, URI.create(esign.baseUrl()), esign.connectTimeout(),
                esign.requestTimeout());
        return new EsignClient(endpoint, settings, objectMapper, clock, esignResilience);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
