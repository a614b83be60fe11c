package io.contracthub.hub.config.startup;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub reads its packaged configuration (config/*.yml) and the environment, and refuses to start while an enabled
 * connector lacks a setting, naming every missing one at once by its environment variable. Each test starts an
 * application with no beans on the hub's configuration and only the variables it names (none of the machine's).
 */
class StartupConfigurationTest {

    /** What every installation needs with the defaults: the API key, the CRM's secret and the HIS endpoint. */
    private static final Map<String, String> ESSENTIALS = Map.of(
            "HUB_API_KEY", "an-api-key",
            "HUB_CRM_WEBHOOK_SECRET", "a-crm-secret",
            "HUB_HIS_ENDPOINT_URL", "https://his.example.invalid/his/QualificationService");

    @Test
    void aFirstStartWithoutVariablesNamesEverythingTheDefaultsNeedInOneFailure() {
        MissingSettingsException failure = startFails(Map.of());

        assertThat(failure.problems()).extracting(SettingProblem::variable)
                .containsExactly("HUB_API_KEY", "HUB_CRM_WEBHOOK_SECRET", "HUB_HIS_ENDPOINT_URL");
        assertThat(failure.getMessage())
                .contains("hub: HUB_API_KEY (hub.api-key) is missing")
                .contains("crm: HUB_CRM_WEBHOOK_SECRET (hub.connectors.crm.webhook-secret) is missing")
                .contains("his: HUB_HIS_ENDPOINT_URL (hub.people.his.endpoint-url) is missing (or set HUB_HIS_ENABLED=false");
    }

    @Test
    void startsWithTheEssentialsSetAndEveryOptionalConnectorOff() {
        assertThat(starts(ESSENTIALS)).isTrue();
    }

    @Test
    void hubNeedsItsApiKey() {
        assertConnectorNeeds("hub", Map.of(), "HUB_API_KEY");
    }

    @Test
    void crmNeedsTheWebhookSecret() {
        assertConnectorNeeds("crm", Map.of(), "HUB_CRM_WEBHOOK_SECRET");
    }

    @Test
    void hisNeedsItsEndpointUnlessSwitchedOff() {
        assertConnectorNeeds("his", Map.of(), "HUB_HIS_ENDPOINT_URL");

        Map<String, String> withoutHis = with(ESSENTIALS, Map.of("HUB_HIS_ENABLED", "false"));
        withoutHis.remove("HUB_HIS_ENDPOINT_URL");
        assertThat(starts(withoutHis)).isTrue();
    }

    @Test
    void esignNeedsItsEnvironmentCredentialsAndTheSellersTransactorButNoDocumentId() {
        assertConnectorNeeds("esign", Map.of("HUB_ESIGN_ENABLED", "true"),
                "HUB_ESIGN_BASE_URL", "HUB_ESIGN_APP_ID", "HUB_ESIGN_APP_SECRET",
                "HUB_ESIGN_SELLER_ORG_NAME", "HUB_ESIGN_SELLER_TRANSACTOR");
        assertThat(startFails(with(ESSENTIALS, Map.of("HUB_ESIGN_ENABLED", "true"))).getMessage())
                .contains("esign: HUB_ESIGN_SELLER_TRANSACTOR (hub.connectors.esign.sign-flow.seller-transactor-account)"
                        + " is missing (the mobile number or e-mail of the person who signs for the seller)");
    }

    @Test
    void ocrNeedsTheCredentialsOfTheConfiguredProvider() {
        assertConnectorNeeds("ocr", Map.of("HUB_OCR_ENABLED", "true"),
                "HUB_OCR_TENCENT_SECRET_ID", "HUB_OCR_TENCENT_SECRET_KEY");
        assertConnectorNeeds("ocr", Map.of("HUB_OCR_ENABLED", "true", "HUB_OCR_PROVIDER", "BAIDU"),
                "HUB_OCR_BAIDU_API_KEY", "HUB_OCR_BAIDU_SECRET_KEY");
    }

    @Test
    void wecomNeedsTheAppsCallbackAndApiSettings() {
        assertConnectorNeeds("wecom", Map.of("HUB_WECOM_ENABLED", "true"),
                "HUB_WECOM_CORP_ID", "HUB_WECOM_CALLBACK_TOKEN", "HUB_WECOM_ENCODING_AES_KEY", "HUB_WECOM_CORP_SECRET",
                "HUB_WECOM_AGENT_ID");
    }

    @Test
    void dingtalkNeedsTheAppsCallbackAndApiSettings() {
        assertConnectorNeeds("dingtalk", Map.of("HUB_DINGTALK_ENABLED", "true", "HUB_NOTIFICATION_CHANNEL", "dingtalk"),
                "HUB_DINGTALK_CALLBACK_TOKEN", "HUB_DINGTALK_AES_KEY", "HUB_DINGTALK_OWNER_KEY", "HUB_DINGTALK_APP_KEY",
                "HUB_DINGTALK_APP_SECRET", "HUB_DINGTALK_AGENT_ID");
    }

    @Test
    void theDingtalkGroupRobotNeedsItsSigningSecret() {
        assertConnectorNeeds("dingtalk-robot", Map.of("HUB_DINGTALK_ROBOT_WEBHOOK_URL",
                        "https://oapi.dingtalk.com/robot/send?access_token=a-token", "HUB_NOTIFICATION_CHANNEL", "dingtalk-robot"),
                "HUB_DINGTALK_ROBOT_SECRET");
    }

    @Test
    void notificationsNeedADefaultChannelThatIsEnabled() {
        Map<String, String> dingtalkOnly = with(Map.of("HUB_DINGTALK_ENABLED", "true"), values(
                "HUB_DINGTALK_CALLBACK_TOKEN", "HUB_DINGTALK_AES_KEY", "HUB_DINGTALK_OWNER_KEY", "HUB_DINGTALK_APP_KEY",
                "HUB_DINGTALK_APP_SECRET", "HUB_DINGTALK_AGENT_ID"));

        MissingSettingsException failure = startFails(with(ESSENTIALS, dingtalkOnly));

        assertThat(failure.problems()).containsExactly(new SettingProblem("notifications", "HUB_NOTIFICATION_CHANNEL",
                "hub.people.notifications.channel", "names wecom, which is not enabled (enabled: dingtalk)"));
        assertThat(starts(with(with(ESSENTIALS, dingtalkOnly), Map.of("HUB_NOTIFICATION_CHANNEL", "dingtalk")))).isTrue();
    }

    @Test
    void kingdeeNeedsItsAddressAndLoginWhenACompanyDeliversToIt() {
        assertConnectorNeeds("kingdee", Map.of("HUB_ERP_DELIVERY_ENABLED", "true"),
                "HUB_KINGDEE_BASE_URL", "HUB_KINGDEE_ACCT_ID", "HUB_KINGDEE_USERNAME", "HUB_KINGDEE_APP_ID",
                "HUB_KINGDEE_APP_SECRET");
        assertConnectorNeeds("kingdee", Map.of("HUB_ERP_DELIVERY_ENABLED", "true"),
                List.of("--hub.erp.kingdee.login-method=VALIDATE_USER"),
                "HUB_KINGDEE_BASE_URL", "HUB_KINGDEE_ACCT_ID", "HUB_KINGDEE_USERNAME", "HUB_KINGDEE_PASSWORD");
    }

    @Test
    void u8NeedsItsGatewayAndAccountsWhenACompanyDeliversToIt() {
        assertConnectorNeeds("u8", Map.of("HUB_ERP_DELIVERY_ENABLED", "true"),
                "HUB_U8_BASE_URL", "HUB_U8_FROM_ACCOUNT", "HUB_U8_TO_ACCOUNT", "HUB_U8_APP_KEY", "HUB_U8_APP_SECRET");
    }

    @Test
    void sapNeedsItsAddressAndTechnicalUserWhenACompanyDeliversToIt() {
        assertConnectorNeeds("sap", Map.of("HUB_ERP_DELIVERY_ENABLED", "true"),
                "HUB_SAP_BASE_URL", "HUB_SAP_USERNAME", "HUB_SAP_PASSWORD");

        MissingSettingsException overSoap = startFails(with(ESSENTIALS, Map.of("HUB_ERP_DELIVERY_ENABLED", "true",
                "HUB_SAP_PROTOCOL", "soap", "HUB_SAP_SOAP_SERVICE", "")));
        assertThat(overSoap.problems()).contains(new SettingProblem("sap", "HUB_SAP_SOAP_SERVICE", "hub.erp.sap.soap-service",
                "is missing (protocol soap)"));
    }

    @Test
    void theErpSimulatorsStandInForTheBaseUrlsButNotForTheCredentials() {
        MissingSettingsException failure = startFails(with(ESSENTIALS, Map.of("HUB_ERP_DELIVERY_ENABLED", "true")),
                "--hub.erp.simulators.enabled=true");

        assertThat(failure.problems()).extracting(SettingProblem::variable)
                .doesNotContain("HUB_KINGDEE_BASE_URL", "HUB_U8_BASE_URL", "HUB_SAP_BASE_URL")
                .contains("HUB_KINGDEE_ACCT_ID", "HUB_U8_APP_KEY", "HUB_SAP_PASSWORD");
    }

    @Test
    void kuaidi100NeedsItsAccountWhenTheContract360TracksWaybills() {
        assertConnectorNeeds("kuaidi100", Map.of("HUB_KUAIDI100_ENABLED", "true"), "HUB_KUAIDI100_CUSTOMER", "HUB_KUAIDI100_KEY");
        assertThat(startFails(with(ESSENTIALS, Map.of("HUB_KUAIDI100_ENABLED", "true"))).getMessage())
                .contains("kuaidi100: HUB_KUAIDI100_KEY (hub.contract360.kuaidi100.key) is missing");
    }

    @Test
    void theEmbeddedBrokerAcceptorNeedsALogin() {
        assertConnectorNeeds("broker-acceptor", Map.of("HUB_EMBEDDED_ACCEPTOR", "tcp://127.0.0.1:61616"),
                "HUB_EMBEDDED_ACCEPTOR_USER", "HUB_EMBEDDED_ACCEPTOR_PASSWORD");
    }

    @Test
    void theEmbeddedBrokerAcceptorListensOnLoopbackUnlessRemoteIsAllowedOnPurpose() {
        Map<String, String> everyInterface = Map.of("HUB_EMBEDDED_ACCEPTOR", "tcp://0.0.0.0:61616",
                "HUB_EMBEDDED_ACCEPTOR_USER", "reader", "HUB_EMBEDDED_ACCEPTOR_PASSWORD", "secret");

        assertThat(problemsOf("broker-acceptor", with(ESSENTIALS, everyInterface), List.of())).singleElement()
                .satisfies(problem -> assertThat(problem.variable()).isEqualTo("HUB_EMBEDDED_ACCEPTOR"))
                .satisfies(problem -> assertThat(problem.toString()).contains("0.0.0.0").contains("HUB_EMBEDDED_ACCEPTOR_ALLOW_REMOTE"));
        assertThat(problemsOf("broker-acceptor",
                with(ESSENTIALS, with(everyInterface, Map.of("HUB_EMBEDDED_ACCEPTOR_ALLOW_REMOTE", "true"))), List.of())).isEmpty();
    }

    @Test
    void everyMissingSettingOfEveryConnectorIsReportedInTheSameFailure() {
        MissingSettingsException failure = startFails(Map.of("HUB_ESIGN_ENABLED", "true", "HUB_OCR_ENABLED", "true",
                "HUB_WECOM_ENABLED", "true", "HUB_ERP_DELIVERY_ENABLED", "true"));

        assertThat(failure.problems()).extracting(SettingProblem::connector).containsOnlyOnce("hub", "crm", "his")
                .contains("esign", "ocr", "wecom", "kingdee", "u8", "sap");
        assertThat(failure.problems()).hasSize(1 + 1 + 5 + 2 + 5 + 1 + 5 + 5 + 3);
    }

    @Test
    void theStartupReportListsEachMissingSettingAndHowToGoOn() {
        FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(startFails(Map.of()));

        assertThat(analysis.getDescription())
                .contains("  - hub: HUB_API_KEY (hub.api-key) is missing\n")
                .contains("  - crm: HUB_CRM_WEBHOOK_SECRET (hub.connectors.crm.webhook-secret) is missing\n");
        assertThat(analysis.getAction()).contains("Set the environment variables above").contains("java -jar sandbox/target/contract-hub-sandbox.jar");
    }

    /**
     * With the connector switched on, the failure names exactly {@code variables} for it, in that order; with them set,
     * nothing of that connector is missing any more (so the variables really are the ones config/*.yml reads).
     */
    private static void assertConnectorNeeds(String connector, Map<String, String> switchedOn, String... variables) {
        assertConnectorNeeds(connector, switchedOn, List.of(), variables);
    }

    private static void assertConnectorNeeds(String connector, Map<String, String> switchedOn, List<String> args,
                                             String... variables) {
        Map<String, String> without = with(ESSENTIALS, switchedOn);
        List.of(variables).forEach(without::remove);
        assertThat(problemsOf(connector, without, args)).as("missing for " + connector)
                .extracting(SettingProblem::variable).containsExactly(variables);

        assertThat(problemsOf(connector, with(without, values(variables)), args)).as("left for " + connector).isEmpty();
    }

    private static List<SettingProblem> problemsOf(String connector, Map<String, String> variables, List<String> args) {
        try (ConfigurableApplicationContext ignored = start(variables, args.toArray(String[]::new))) {
            return List.of();
        } catch (MissingSettingsException failure) {
            return failure.problems().stream().filter(problem -> problem.connector().equals(connector)).toList();
        }
    }

    private static boolean starts(Map<String, String> variables, String... args) {
        try (ConfigurableApplicationContext context = start(variables, args)) {
            return context.isActive();
        }
    }

    private static MissingSettingsException startFails(Map<String, String> variables, String... args) {
        try (ConfigurableApplicationContext ignored = start(variables, args)) {
            throw new AssertionError("the hub started with " + variables.keySet());
        } catch (MissingSettingsException failure) {
            return failure;
        }
    }

    /** An application without beans on the hub's configuration files, with these variables as its whole environment. */
    private static ConfigurableApplicationContext start(Map<String, String> variables, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        return new SpringApplicationBuilder(ConfigurationOnly.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).environment(environment).run(args);
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(more);
        return all;
    }

    /** A plausible value for each variable: an id for the agent ids, a URL for URLs, else a word. */
    private static Map<String, String> values(String... variables) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String variable : variables) {
            values.put(variable, variable.endsWith("_AGENT_ID") ? "1000002"
                    : variable.endsWith("_URL") ? "https://" + variable.toLowerCase().replace('_', '-') + ".example.invalid"
                    : "configured-" + variable.toLowerCase());
        }
        return values;
    }

    @Configuration(proxyBeanMethods = false)
    static class ConfigurationOnly {
    }
}
