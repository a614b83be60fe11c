package io.contracthub.hub.sandbox;

import io.contracthub.hub.ContractHubApplication;
import org.springframework.boot.SpringApplication;

/**
 * The sandbox jar's entry point: the hub itself, with the {@code sandbox} profile always on (development keys,
 * in-process simulators, {@link SandboxGuard}'s refusals), so {@code java -jar contract-hub-sandbox.jar} needs no flags.
 */
public final class SandboxApplication {

    static final String PROFILE = "sandbox";

    private SandboxApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ContractHubApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.run(args);
    }
}
