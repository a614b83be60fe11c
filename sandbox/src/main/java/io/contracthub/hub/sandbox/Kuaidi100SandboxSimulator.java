package io.contracthub.hub.sandbox;

import io.contracthub.hub.contract360.Contract360Properties;
import io.contracthub.simulators.kuaidi100.Kuaidi100Simulator;
import io.contracthub.simulators.kuaidi100.Kuaidi100SimulatorSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kuaidi100 simulator, started in-process with the sandbox's Kuaidi100 account; the hub's Kuaidi100 base URL
 * points at it in the sandbox profile (and in the tests).
 */
@Configuration
@ConditionalOnProperty(name = {"hub.simulators.enabled", "hub.contract360.kuaidi100.enabled"}, havingValue = "true")
public class Kuaidi100SandboxSimulator {

    @Bean(initMethod = "start", destroyMethod = "stop")
    Kuaidi100Simulator kuaidi100Simulator(Contract360Properties properties,
                                          @Value("${hub.simulators.kuaidi100-port}") int simulatorPort) {
        return new Kuaidi100Simulator(new Kuaidi100SimulatorSettings(properties.kuaidi100().customer(),
                properties.kuaidi100().key(), simulatorPort));
    }
}
