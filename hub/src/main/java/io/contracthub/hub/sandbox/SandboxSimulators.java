package io.contracthub.hub.sandbox;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.simulators.crm.CrmSimulator;
import io.contracthub.simulators.crm.CrmSimulatorSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sandbox starts the simulators in-process, pointed at this hub, so the whole flow runs on one machine. */
@Configuration
@ConditionalOnProperty(name = "hub.simulators.enabled", havingValue = "true")
public class SandboxSimulators {

    @Bean(initMethod = "start", destroyMethod = "stop")
    CrmSimulator crmSimulator(HubProperties properties, @Value("${server.port}") int hubPort,
                              @Value("${hub.simulators.crm-port}") int simulatorPort) {
        return new CrmSimulator(new CrmSimulatorSettings("http://127.0.0.1:" + hubPort + "/webhooks/crm",
                properties.connectors().crm().webhookSecret(), simulatorPort));
    }
}
