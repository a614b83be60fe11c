package io.contracthub.hub.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sandbox's simulators keep their state under the data directory (hub.simulators.keep-state, on by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.simulators.keep-state", havingValue = "true", matchIfMissing = true)
public class SimulatorStateConfig {

    /** Static: a post-processor is created before the other beans, the simulators among them. */
    @Bean
    static SimulatorStateKeeper simulatorStateKeeper() {
        return new SimulatorStateKeeper();
    }
}
