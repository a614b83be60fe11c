package io.contracthub.hub;

import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.people.notification.ChatChannel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The connectors page: every external system, its breaker's state, its last failure, read by a VIEWER. */
class ConsoleConnectorsPageTest extends ConsoleTest {

    @Autowired
    ResilienceRegistries registries;

    @Autowired
    CredentialExpiries credentials;

    @Autowired
    List<ChatChannel> channels;

    @Test
    void aViewerSeesEveryExternalSystemAndWhetherItIsOn() throws Exception {
        String page = connectorsPage();
        for (String system : new String[] {"crm", "esign", "ocr", "wecom", "dingtalk", "dingtalk-robot", "his", "kingdee", "u8", "sap"}) {
            assertThat(page).contains("id=\"connector-" + system + "\"");
        }
        assertThat(page).contains("金蝶云星空", "用友 U8", "企业微信", "钉钉群机器人", "HIS（医院资质核验）", "银行回单识别（OCR）")
                .contains("ocr-tencent")
                .contains("只接收对方推送，本中心不调用它")
                .doesNotContain("未启用")
                .containsPattern("<a href=\"/connectors\"[^>]*class=\"active\"[^>]*>外部系统</a>");
        // the bulkhead: calls in progress of the most allowed at once
        assertThat(row(page, "kingdee")).containsPattern("class=\"num bulkhead\">\\d+ / \\d+<");
    }

    @Test
    void aBreakerForcedOpenShowsOpenAndClosedAgainAfter() throws Exception {
        CircuitBreaker kingdee = registries.circuitBreakers().find("kingdee").orElseThrow();
        // for long: an ERP's breaker goes half-open by itself once its wait is over (500 ms in the tests)
        kingdee.transitionToOpenStateFor(Duration.ofMinutes(5));
        try {
            String row = row(connectorsPage(), "kingdee");
            assertThat(row).contains("data-state=\"OPEN\"", "已熔断，暂停调用", ">OPEN<");
        } finally {
            kingdee.transitionToClosedState();
        }
        assertThat(row(connectorsPage(), "kingdee")).contains("data-state=\"CLOSED\"", ">正常<");
    }

    @Test
    void theLastFailureShowsTheVendorsMessageAndTheLastSuccessItsTime() throws Exception {
        CircuitBreaker sap = registries.circuitBreakers().find("sap").orElseThrow();
        String message = "SAP 网关 503：服务暂时不可用 " + UUID.randomUUID();
        sap.executeSupplier(() -> "ok");
        assertThatThrownBy(() -> sap.executeSupplier(() -> {
            throw new ConnectorUnavailableException("sap", message, null);
        })).isInstanceOf(ConnectorUnavailableException.class);

        String row = row(connectorsPage(), "sap");
        assertThat(row).contains(message)
                .containsPattern("class=\"last-success\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}<")
                .containsPattern("调用 [1-9]\\d* 次，失败 [1-9]\\d* 次");
    }

    @Test
    void inEnglishTheWordsAreEnglish() throws Exception {
        mvc.perform(get("/connectors").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kingdee Cloud")))
                .andExpect(content().string(containsString("Last success")))
                .andExpect(content().string(not(containsString("金蝶云星空"))));
    }

    @Test
    void noSecretOfAnyConnectorIsOnThePage() throws Exception {
        assertThat(connectorsPage()).doesNotContain("kingdee_test_secret", "u8_test_secret", "sap_test_password",
                "esign_test_secret", "wecom_test_secret", "dingtalk_test_secret", "SECrobot_test_secret", "ocr_test_secret",
                "robot-test-token", "test-api-key", "whsec_test_secret");
    }

    @Test
    void afterAWecomCallTheRowShowsWhenItsTokenExpiresButNeverTheToken() throws Exception {
        ChatChannel wecom = channels.stream().filter(channel -> channel.name().equals("wecom")).findFirst().orElseThrow();
        wecom.send(List.of("console.token.check"), "令牌", "令牌有效期检查 " + UUID.randomUUID());
        // the simulator answers the same token while it is valid: the one the hub holds now
        String token = wecomTokenNow();

        assertThat(credentials.find("wecom").orElseThrow().instant().get()).hasValueSatisfying(
                expiresAt -> assertThat(expiresAt).isAfter(Instant.now()));
        String page = connectorsPage();
        assertThat(row(page, "wecom")).containsPattern("令牌有效至 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}<");
        assertThat(page).doesNotContain(token);
        assertThat(row(page, "sap")).as("SAP caches no token").doesNotContain("令牌有效至", "尚未取得", "会话取得于");
        assertThat(row(page, "kingdee")).containsPattern("会话取得于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}|尚未取得");

        mvc.perform(get("/connectors").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Token valid until ")))
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void withoutALoginTheLoginPageAnswers() throws Exception {
        mvc.perform(get("/connectors")).andExpect(status().is3xxRedirection());
    }

    private String connectorsPage() throws Exception {
        return mvc.perform(get("/connectors").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String wecomTokenNow() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + PeopleSimulatorsForTests.wecom().port()
                        + "/cgi-bin/gettoken?corpid=ww-test-corp&corpsecret=wecom_test_secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = answer.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith("wecom-");
        return token;
    }

    /** The one table row of {@code system}. */
    private static String row(String page, String system) {
        int start = page.indexOf("id=\"connector-" + system + "\"");
        assertThat(start).as("row of " + system).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
