package io.contracthub.hub.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The sandbox's development credentials are defaults only, and the profile cannot weaken a production set-up. */
class SandboxProfileTest {

    @Test
    void anEnvironmentVariableWinsOverTheSandboxWebhookSecret() {
        StandardEnvironment environment = load(Map.of("HUB_CRM_WEBHOOK_SECRET", "whsec_from_the_operator"), Map.of(), "sandbox");

        assertThat(environment.getProperty("hub.connectors.crm.webhook-secret")).isEqualTo("whsec_from_the_operator");
    }

    @Test
    void anEnvironmentVariableWinsOverEverySandboxCredential() {
        Map<String, String> variables = Map.of(
                "HUB_API_KEY", "operator-key",
                "HUB_ESIGN_APP_SECRET", "esign-operator-secret",
                "HUB_WECOM_CORP_SECRET", "wecom-operator-secret",
                "HUB_DINGTALK_ROBOT_SECRET", "SECoperator",
                "HUB_OCR_TENCENT_SECRET_KEY", "tencent-operator-key");
        StandardEnvironment environment = load(variables, Map.of(), "sandbox");

        assertThat(environment.getProperty("hub.api-key")).isEqualTo("operator-key");
        assertThat(environment.getProperty("hub.connectors.esign.app-secret")).isEqualTo("esign-operator-secret");
        assertThat(environment.getProperty("hub.people.wecom.corp-secret")).isEqualTo("wecom-operator-secret");
        assertThat(environment.getProperty("hub.people.dingtalk.robot-secret")).isEqualTo("SECoperator");
        assertThat(environment.getProperty("hub.ocr.tencent.secret-key")).isEqualTo("tencent-operator-key");
    }

    @Test
    void withoutVariablesTheSandboxUsesItsDevelopmentCredentialsOnLoopback() {
        StandardEnvironment environment = load(Map.of(), Map.of(), "sandbox");

        assertThat(environment.getProperty("hub.api-key")).isEqualTo("sandbox-dev-key");
        assertThat(environment.getProperty("hub.connectors.crm.webhook-secret")).isEqualTo("whsec_sandbox_only_change_me");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThatNoException().isThrownBy(() -> guard(environment));
    }

    @Test
    void theErpSimulatorsAndTheirDevelopmentCredentialsComeWithTheProfile() {
        StandardEnvironment environment = load(Map.of(), Map.of(), "sandbox");

        assertThat(environment.getProperty("hub.erp.simulators.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("hub.erp.delivery-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("hub.erp.kingdee.app-secret")).isEqualTo("sandbox-kingdee-secret");
        assertThat(environment.getProperty("hub.erp.sap.password")).isEqualTo("sandbox-sap-password");
    }

    @Test
    void withoutTheProfileNoSandboxCredentialIsThere() {
        StandardEnvironment environment = load(Map.of(), Map.of());

        assertThat(environment.getProperty("hub.api-key")).isNullOrEmpty();
        assertThat(environment.getProperty("hub.erp.kingdee.app-secret")).isNullOrEmpty();
        assertThat(environment.getProperty("hub.erp.simulators.enabled")).isEqualTo("false");
    }

    @Test
    void theSandboxRefusesToStartOnPostgres() {
        StandardEnvironment environment = load(Map.of(), Map.of(), "postgres", "sandbox");

        assertThatThrownBy(() -> guard(environment))
                .hasMessageContaining("production database")
                .hasMessageContaining("HUB_SANDBOX_ACCEPT_RISK");
    }

    @Test
    void theSandboxRefusesToStartWithAnExternalBroker() {
        StandardEnvironment environment = load(Map.of(), Map.of(), "external-broker", "sandbox");

        assertThatThrownBy(() -> guard(environment)).hasMessageContaining("external broker");
    }

    @Test
    void theSandboxRefusesToListenOnEveryInterface() {
        StandardEnvironment environment = load(Map.of(), Map.of("server.address", "0.0.0.0"), "sandbox");

        assertThatThrownBy(() -> guard(environment)).hasMessageContaining("listening on 0.0.0.0");
    }

    @Test
    void allRisksAreNamedInOneRefusal() {
        StandardEnvironment environment = load(Map.of("SERVER_ADDRESS", "0.0.0.0"), Map.of(), "postgres", "external-broker", "sandbox");

        assertThatThrownBy(() -> guard(environment))
                .hasMessageContaining("production database")
                .hasMessageContaining("external broker")
                .hasMessageContaining("0.0.0.0");
    }

    @Test
    void theOperatorCanAcceptTheRiskExplicitly() {
        StandardEnvironment environment = load(Map.of("HUB_SANDBOX_ACCEPT_RISK", "true"), Map.of("server.address", "0.0.0.0"),
                "postgres", "sandbox");

        assertThatNoException().isThrownBy(() -> guard(environment));
    }

    @Test
    void productionProfilesWithoutTheSandboxAreNotTouched() {
        StandardEnvironment environment = load(Map.of(), Map.of("server.address", "0.0.0.0"), "postgres", "external-broker");

        assertThatNoException().isThrownBy(() -> guard(environment));
    }

    private static void guard(StandardEnvironment environment) {
        new SandboxGuard().postProcessEnvironment(environment, new SpringApplication());
    }

    /** The hub's configuration files as Boot reads them, with these environment variables and command-line properties. */
    private static StandardEnvironment load(Map<String, String> variables, Map<String, Object> arguments, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", new HashMap<>(arguments)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(), List.of(profiles));
        return environment;
    }
}
