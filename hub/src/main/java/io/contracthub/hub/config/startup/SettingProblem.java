package io.contracthub.hub.config.startup;

/**
 * One setting an enabled connector cannot run without: which connector, the environment variable an operator sets,
 * the property it fills, and what is wrong with it ("is missing", or why the value cannot work).
 */
public record SettingProblem(String connector, String variable, String property, String problem) {

    @Override
    public String toString() {
        return connector + ": " + variable + " (" + property + ") " + problem;
    }
}
