package io.contracthub.hub.sandbox;

import io.contracthub.hub.config.LoopbackAddress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox profile carries public development credentials and starts simulators that accept them. It is refused,
 * before anything starts, next to a production store or broker or on an address other machines can reach, unless the
 * operator sets {@code hub.sandbox.accept-risk} (HUB_SANDBOX_ACCEPT_RISK=true) on purpose.
 */
public class SandboxGuard implements EnvironmentPostProcessor, Ordered {

    static final String ACCEPT_RISK = "hub.sandbox.accept-risk";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("sandbox"))
                || environment.getProperty(ACCEPT_RISK, Boolean.class, Boolean.FALSE)) {
            return;
        }
        List<String> risks = risks(environment);
        if (!risks.isEmpty()) {
            throw new IllegalStateException("The sandbox profile (public development credentials, simulators) must not run "
                    + String.join("; ", risks) + ". Remove the sandbox profile, or set HUB_SANDBOX_ACCEPT_RISK=true if this "
                    + "really is a throw-away environment.");
        }
    }

    private static List<String> risks(ConfigurableEnvironment environment) {
        List<String> risks = new ArrayList<>();
        String database = environment.getProperty("spring.datasource.url", "");
        if (!database.startsWith("jdbc:h2:")) {
            risks.add("on a production database (spring.datasource.url is not the embedded H2)");
        }
        if (!"embedded".equalsIgnoreCase(environment.getProperty("spring.artemis.mode", "embedded"))) {
            risks.add("on an external broker (spring.artemis.mode=" + environment.getProperty("spring.artemis.mode") + ")");
        }
        String address = environment.getProperty("server.address", "");
        if (!LoopbackAddress.is(address)) {
            risks.add("listening on " + (address.isBlank() ? "every network interface" : address)
                    + " (server.address must be a loopback address)");
        }
        return risks;
    }

    /** After the profiles' configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
