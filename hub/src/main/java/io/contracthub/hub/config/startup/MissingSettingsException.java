package io.contracthub.hub.config.startup;

import java.util.List;
import java.util.stream.Collectors;

/** The hub refuses to start: these settings of enabled connectors are missing or cannot work. */
public class MissingSettingsException extends IllegalStateException {

    private final List<SettingProblem> problems;

    public MissingSettingsException(List<SettingProblem> problems) {
        super("The hub cannot start; set these environment variables (or the properties beside them):\n"
                + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
