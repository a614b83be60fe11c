package io.contracthub.hub.config.startup;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one connector's settings from the environment and collects what is missing, instead of stopping at the first. */
final class ConnectorSettings {

    static final String MISSING = "is missing";

    private final String connector;
    private final Environment environment;
    private final List<SettingProblem> problems = new ArrayList<>();

    ConnectorSettings(String connector, Environment environment) {
        this.connector = connector;
        this.environment = environment;
    }

    boolean isOn(String property) {
        return environment.getProperty(property, Boolean.class, false);
    }

    String value(String property) {
        String value = environment.getProperty(property);
        return value == null ? "" : value.strip();
    }

    boolean isSet(String property) {
        return !value(property).isEmpty();
    }

    /** The entries below {@code property}, each bound to {@code type}; empty when there are none. */
    <T> Map<String, T> map(String property, Class<T> type) {
        return Binder.get(environment).bind(property, Bindable.mapOf(String.class, type)).orElse(Map.of());
    }

    /** A value that must not be blank. */
    void require(String property, String variable) {
        require(property, variable, MISSING);
    }

    /** A value that must not be blank; {@code problem} says what the operator should know when it is. */
    void require(String property, String variable, String problem) {
        if (!isSet(property)) {
            problems.add(new SettingProblem(connector, variable, property, problem));
        }
    }

    /** A numeric id whose default 0 stands for "not configured". */
    void requireId(String property, String variable) {
        String value = value(property);
        if (value.isEmpty() || value.equals("0")) {
            problems.add(new SettingProblem(connector, variable, property, MISSING));
        }
    }

    void report(String property, String variable, String problem) {
        problems.add(new SettingProblem(connector, variable, property, problem));
    }

    List<SettingProblem> problems() {
        return List.copyOf(problems);
    }
}
