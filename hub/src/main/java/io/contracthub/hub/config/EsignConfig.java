package io.contracthub.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.EsignSettings;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.esign.OnEsignEnabled;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;

/**
 * The esign connector, when enabled: its settings, its one "esign" resilience setup and its client. Its required
 * settings were checked before the hub started (config.startup).
 */
@Configuration
@OnEsignEnabled
public class EsignConfig {

    @Bean
    EsignSettings esignSettings(HubProperties properties) {
        HubProperties.Esign esign = properties.connectors().esign();
        return new EsignSettings(esign.appId(), esign.appSecret());
    }

    @Bean
    ConnectorResilience esignResilience(HubProperties properties, ResilienceRegistries registries) {
        return new ConnectorResilience(EsignClient.SYSTEM, properties.connectors().esign().resilience().toSettings(), registries);
    }

    @Bean
    EsignClient esignClient(HubProperties properties, EsignSettings settings, ObjectMapper objectMapper, Clock clock,
                            ConnectorResilience esignResilience) {
        HubProperties.Esign esign = properties.connectors().esign();
        HttpEndpoint endpoint = new HttpEndpoint(EsignClient.SYSTEM, URI.create(esign.baseUrl()), esign.connectTimeout(),
                esign.requestTimeout());
        return new EsignClient(endpoint, settings, objectMapper, clock, esignResilience);
    }
}
