package io.contracthub.hub.config.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.List;

/**
 * Checks every enabled connector's settings once the configuration files and profiles are read, before a bean, the
 * database or a route starts, and refuses to start with all missing settings in one message.
 * <p>
 * The last environment post-processor, so that whatever another one adds (the tests point connectors at their
 * simulators this way) counts.
 */
public class StartupSettingsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<SettingProblem> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new MissingSettingsException(problems);
        }
    }

    public static List<SettingProblem> problems(Environment environment) {
        return Arrays.stream(ConnectorRequirements.values())
                .flatMap(connector -> connector.problems(environment).stream())
                .toList();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
