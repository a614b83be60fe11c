package io.contracthub.hub;

import io.contracthub.simulators.kuaidi100.Kuaidi100Simulator;
import io.contracthub.simulators.kuaidi100.Kuaidi100SimulatorSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.Map;

/**
 * Starts one Kuaidi100 simulator for the test JVM on a free port, before the shared test context is built, and points
 * the hub's Kuaidi100 base URL at it. Tests reach it through {@link #simulator()}.
 */
public class Kuaidi100SimulatorForTests implements EnvironmentPostProcessor {

    private static Kuaidi100Simulator simulator;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        Kuaidi100Simulator started = start(environment.getRequiredProperty("hub.contract360.kuaidi100.customer"),
                environment.getRequiredProperty("hub.contract360.kuaidi100.key"));
        environment.getPropertySources().addFirst(new MapPropertySource("kuaidi100SimulatorForTests",
                Map.of("hub.contract360.kuaidi100.base-url", started.baseUrl())));
    }

    static synchronized Kuaidi100Simulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The Kuaidi100 simulator starts with the test context");
        }
        return simulator;
    }

    private static synchronized Kuaidi100Simulator start(String customer, String key) {
        if (simulator == null) {
            simulator = new Kuaidi100Simulator(new Kuaidi100SimulatorSettings(customer, key, 0));
            simulator.start();
        }
        return simulator;
    }
}
