package io.contracthub.simulators.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.dingtalk.DingtalkApiSettings;
import io.contracthub.connectors.dingtalk.DingtalkClient;
import io.contracthub.connectors.dingtalk.DingtalkRobot;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.simulators.people.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DingtalkClientAgainstSimulatorTest {

    private static final ResilienceSettings RESILIENCE = new ResilienceSettings(Duration.ofSeconds(3), 50, 10, 5, Duration.ofSeconds(5), 4, Duration.ZERO);

    private final DingtalkSimulator simulator = new DingtalkSimulator(new DingtalkSimulatorSettings(0, "ding-app",
            "ding-secret", 2000001, "token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "robot-token",
            "SECrobotsecret", "http://127.0.0.1:9/none", Duration.ofSeconds(7200)));

    @BeforeEach
    void start() {
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @ParameterizedTest
    @EnumSource(DingtalkApiSettings.TokenApi.class)
    void sendsWorkNotificationsAndRefreshesAnExpiredToken(DingtalkApiSettings.TokenApi tokenApi) {
        DingtalkClient client = client("ding-secret", tokenApi);
        client.sendWorkNotification(List.of("u1001"), "Qualification", "HT-1 **verified**");

        simulator.expireTokens();
        String taskId = client.sendWorkNotification(List.of("u1001", "u1002"), "Qualification", "HT-2 **verified**");

        assertThat(taskId).isNotBlank();
        assertThat(simulator.messagesTo("u1001")).extracting(ReceivedMessage::content)
                .containsExactly("HT-1 **verified**", "HT-2 **verified**");
        assertThat(simulator.messagesTo("u1002")).singleElement().extracting(ReceivedMessage::title).isEqualTo("Qualification");
    }

    @Test
    void sendsAnInteractiveCardWhoseButtonsCarryTheirValuesAndRefusesItsTrackIdTwice() {
        DingtalkClient client = client("ding-secret", DingtalkApiSettings.TokenApi.LEGACY);
        List<DingtalkClient.CardButton> buttons = List.of(new DingtalkClient.CardButton("reason HT-1 INV-1 3 1", "发票信息有误"),
                new DingtalkClient.CardButton("reason HT-1 INV-1 3 3", "银行账户冻结"));

        client.sendWorkNotification(List.of("u1001"), "before", "a token is cached");
        simulator.expireTokens();
        String key = client.sendInteractiveCard(List.of("u1001"), "choice", "stall-9-rep", "Payment stalled", "HT-1 waits", buttons);

        assertThat(key).isNotBlank();
        ReceivedMessage card = simulator.messagesTo("u1001").get(1);
        assertThat(card.msgType()).isEqualTo("interactive_card");
        assertThat(card.vendorId()).isEqualTo("stall-9-rep");
        assertThat(card.content()).isEqualTo("HT-1 waits\n[发票信息有误] reason HT-1 INV-1 3 1\n[银行账户冻结] reason HT-1 INV-1 3 3");
        assertThatThrownBy(() -> client.sendInteractiveCard(List.of("u1001"), "choice", "stall-9-rep", "t", "x", buttons))
                .isInstanceOf(ConnectorRejectedException.class);
    }

    @Test
    void refusesWrongCredentialsOnBothTokenApis() {
        assertThatThrownBy(() -> client("wrong", DingtalkApiSettings.TokenApi.NEW).sendWorkNotification(List.of("u"), "t", "x"))
                .isInstanceOf(ConnectorRejectedException.class);
        assertThatThrownBy(() -> client("wrong", DingtalkApiSettings.TokenApi.LEGACY).sendWorkNotification(List.of("u"), "t", "x"))
                .isInstanceOf(ConnectorAuthenticationException.class);
    }

    @Test
    void theRobotAcceptsOnlyCorrectlySignedMessages() {
        robot("SECrobotsecret").sendMarkdown("Dead letter", "finance.invoicing-tasks: **1 message**");

        assertThatThrownBy(() -> robot("SECwrong").sendMarkdown("Dead letter", "x"))
                .isInstanceOf(ConnectorRejectedException.class).hasMessageContaining("310000");
        assertThat(simulator.robotMessages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("dingtalk-robot");
            assertThat(m.content()).isEqualTo("finance.invoicing-tasks: **1 message**");
        });
    }

    private DingtalkRobot robot(String secret) {
        return new DingtalkRobot(new HttpEndpoint(DingtalkRobot.SYSTEM,
                URI.create("http://127.0.0.1:" + simulator.port() + "/robot/send?access_token=robot-token"),
                Duration.ofSeconds(1), Duration.ofSeconds(2)), secret, new ObjectMapper(), Clock.systemUTC(),
                new ConnectorResilience(DingtalkRobot.SYSTEM, RESILIENCE));
    }

    private DingtalkClient client(String secret, DingtalkApiSettings.TokenApi tokenApi) {
        HttpEndpoint endpoint = new HttpEndpoint("dingtalk", URI.create("http://127.0.0.1:" + simulator.port()),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        return new DingtalkClient(endpoint, endpoint, new DingtalkApiSettings("ding-app", secret, 2000001, tokenApi,
                Duration.ofMinutes(5)), new ObjectMapper(), Clock.systemUTC(), new ConnectorResilience("dingtalk", RESILIENCE));
    }
}
