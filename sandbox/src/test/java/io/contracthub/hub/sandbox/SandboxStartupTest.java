package io.contracthub.hub.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox profile brings every setting an enabled connector needs, so the hub's start-up check (which names
 * missing variables) lets it start on an environment without any variable.
 */
class SandboxStartupTest {

    @Test
    void theSandboxProfileStartsWithoutAnyVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>()));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConfigurationOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).environment(environment)
                .profiles(SandboxApplication.PROFILE).run()) {
            assertThat(context.isActive()).isTrue();
            assertThat(context.getEnvironment().getProperty("hub.api-key")).isEqualTo("sandbox-dev-key");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ConfigurationOnly {
    }
}
