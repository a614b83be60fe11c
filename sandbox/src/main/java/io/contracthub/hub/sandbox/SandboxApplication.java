package io.contracthub.hub.sandbox;

import io.contracthub.hub.ContractHubApplication;
import org.springframework.boot.SpringApplication;

import java.util.Map;

/**
 * The sandbox jar's entry point: the hub itself, with the {@code sandbox} profile always on (development keys,
 * in-process simulators, {@link SandboxGuard}'s refusals), so {@code java -jar contract-hub-sandbox.jar} needs no flags.
 */
public final class SandboxApplication {

    static final String PROFILE = "sandbox";
    /**
     * Only the packaged configuration: started from the repository root, Boot would otherwise also read
     * {@code ./config/application.yml}, and a file outside the jar wins over the jar's application-sandbox.yml
     * (its blank {@code ${HUB_API_KEY:}} over the sandbox key). {@code --spring.config.location} still overrides this.
     */
    static final Map<String, Object> DEFAULTS = Map.of("spring.config.location", "optional:classpath:/,optional:classpath:/config/");

    private SandboxApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ContractHubApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setDefaultProperties(DEFAULTS);
        application.run(args);
    }
}
