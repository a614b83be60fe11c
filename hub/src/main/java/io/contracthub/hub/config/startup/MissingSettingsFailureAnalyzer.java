package io.contracthub.hub.config.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/** Prints the missing settings as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String description = "Settings that enabled connectors need are missing:\n"
                + cause.problems().stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n"));
        String action = "Set the environment variables above (or the properties beside them), or switch the connector off."
                + " For a local trial without any of them run the sandbox jar instead (java -jar sandbox/target/contract-hub-sandbox.jar).";
        return new FailureAnalysis(description, action, cause);
    }
}
