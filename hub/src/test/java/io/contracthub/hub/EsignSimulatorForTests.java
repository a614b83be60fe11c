package io.contracthub.hub;

import io.contracthub.simulators.esign.EsignSimulator;
import io.contracthub.simulators.esign.EsignSimulatorSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.Map;

/**
 * Starts one esign simulator for the test JVM on a free port, before the shared test context is built (whichever test
 * class builds it), and points the hub's esign base URL at it. Tests reach it through {@link #simulator()}.
 */
public class EsignSimulatorForTests implements EnvironmentPostProcessor {

    private static EsignSimulator simulator;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        EsignSimulator started = start(environment.getRequiredProperty("hub.connectors.esign.app-id"),
                environment.getRequiredProperty("hub.connectors.esign.app-secret"));
        environment.getPropertySources().addFirst(new MapPropertySource("esignSimulatorForTests",
                Map.of("hub.connectors.esign.base-url", started.baseUrl())));
    }

    static synchronized EsignSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The esign simulator starts with the test context");
        }
        return simulator;
    }

    private static synchronized EsignSimulator start(String appId, String appSecret) {
        if (simulator == null) {
            simulator = new EsignSimulator(new EsignSimulatorSettings(appId, appSecret, 0));
            simulator.start();
        }
        return simulator;
    }
}
