package io.contracthub.hub;

import io.contracthub.simulators.crm.CrmSimulator;
import io.contracthub.simulators.crm.CrmSimulatorSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;

/**
 * Reserves a port for the CRM simulator before the shared test context is built and points the hub's CRM read
 * (hub.connectors.crm.read.base-url, the contract 360's and reconciliation's) at it. The simulator itself needs the hub's webhook address, known only once the
 * context runs: {@link #simulator(int, String)} starts it then, once per test JVM.
 */
public class CrmSimulatorForTests implements EnvironmentPostProcessor {

    private static int port;
    private static CrmSimulator simulator;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("crmSimulatorForTests",
                Map.of("hub.connectors.crm.read.base-url", "http://127.0.0.1:" + reservedPort())));
    }

    static synchronized CrmSimulator simulator(int hubPort, String webhookSecret) {
        if (simulator == null) {
            simulator = new CrmSimulator(new CrmSimulatorSettings("http://127.0.0.1:" + hubPort + "/webhooks/crm",
                    webhookSecret, reservedPort()));
            simulator.start();
        }
        return simulator;
    }

    private static synchronized int reservedPort() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return port;
    }
}
