package io.contracthub.hub.people.qualification;

import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.people.PeopleProperties;
import io.contracthub.routes.spi.QualificationChecks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/** The HIS client when the HIS check is on (hub.people.his.enabled, the default); when off, checks stay queued. */
@Configuration
public class HisConfig {

    static final String ENABLED = "hub.people.his.enabled";

    /** Under the "his" resilience: its time limit (default 10 s) bounds each call; its breaker and bulkhead are the HIS's own. */
    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "true", matchIfMissing = true)
    HisQualificationClient hisQualificationClient(PeopleProperties properties, ResilienceRegistries registries) {
        PeopleProperties.His his = properties.his();
        ConnectorResilience hisResilience = new ConnectorResilience(HisQualificationClient.SYSTEM, his.resilience().toSettings(), registries);
        // the request timeout only backs up the time limit, which is what decides
        return new HisQualificationClient(new HttpEndpoint(HisQualificationClient.SYSTEM, URI.create(his.endpointUrl()),
                his.connectTimeout(), his.resilience().timeout().multipliedBy(2)), hisResilience);
    }

    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "false")
    QualificationChecks qualificationChecksWithoutHis() {
        return () -> 0;
    }
}
