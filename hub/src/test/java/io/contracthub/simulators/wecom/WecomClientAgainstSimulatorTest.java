package io.contracthub.simulators.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.connectors.wecom.WecomApiSettings;
import io.contracthub.connectors.wecom.WecomClient;
import io.contracthub.connectors.wecom.WecomMessage;
import io.contracthub.simulators.people.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WeCom client against the simulator: tokens cached, refreshed on the expiry codes inside HTTP 200, limits kept. */
class WecomClientAgainstSimulatorTest {

    static final ResilienceSettings RESILIENCE = new ResilienceSettings(Duration.ofSeconds(3),
            50, 10, 5, Duration.ofSeconds(5), 4, Duration.ZERO);

    private final WecomSimulator simulator = new WecomSimulator(WecomSimulatorSettings.of(0, "ww-corp", "corp-secret",
            1000002, "token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "http://127.0.0.1:9/none"));

    @BeforeEach
    void start() {
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void sendsTextMarkdownAndTextcardWithOneToken() {
        WecomClient client = client("corp-secret");

        client.send(WecomMessage.text(List.of("u1001"), "hello"));
        client.send(WecomMessage.markdown(List.of("u1001"), "**qualification verified**"));
        client.send(WecomMessage.textCard(List.of("u1001", "u1002"), "Invoicing task", "HT-1 is effective", "https://hub/c/1"));

        assertThat(simulator.messagesTo("u1001")).extracting(ReceivedMessage::msgType)
                .containsExactly("text", "markdown", "textcard");
        assertThat(simulator.messagesTo("u1002").get(0).title()).isEqualTo("Invoicing task");
        assertThat(simulator.messagesTo("u1001").get(0).content()).isEqualTo("hello");
    }

    @Test
    void sendsAButtonInteractionTemplateCard() {
        WecomClient client = client("corp-secret");

        client.send(WecomMessage.buttonCard(List.of("u1001"), "Payment stalled", "HT-1 INV-1 waits at node 3", "stall-3-rep",
                List.of(new WecomMessage.Button("reason HT-1 INV-1 3 1", "发票信息有误"),
                        new WecomMessage.Button("reason HT-1 INV-1 3 4", "其他"))));

        assertThat(simulator.messagesTo("u1001")).singleElement().extracting(ReceivedMessage::msgType).isEqualTo("template_card");
        WecomSimulator.SentCard card = simulator.cards().get("stall-3-rep");
        assertThat(card.toUsers()).containsExactly("u1001");
        assertThat(card.buttonKeys()).containsExactly("reason HT-1 INV-1 3 1", "reason HT-1 INV-1 3 4");
        assertThat(card.buttonTexts()).containsExactly("发票信息有误", "其他");
    }

    @Test
    void refreshesTheTokenWhenWecomSaysItExpiredAndSendsOnce() {
        WecomClient client = client("corp-secret");
        client.send(WecomMessage.text(List.of("u1001"), "first"));

        simulator.expireTokens();
        String msgId = client.send(WecomMessage.text(List.of("u1001"), "second"));

        assertThat(msgId).isNotBlank();
        assertThat(simulator.messagesTo("u1001")).extracting(ReceivedMessage::content).containsExactly("first", "second");
    }

    @Test
    void refusesAWrongSecretAsAnAuthenticationFailure() {
        assertThatThrownBy(() -> client("wrong").send(WecomMessage.text(List.of("u1001"), "x")))
                .isInstanceOf(ConnectorAuthenticationException.class)
                .hasMessageContaining("40001");
        assertThat(simulator.journal()).isEmpty();
    }

    @Test
    void dropsMessagesBeyondThirtyPerUserPerMinuteLikeWecom() {
        WecomClient client = client("corp-secret");
        for (int i = 0; i < 31; i++) {
            client.send(WecomMessage.text(List.of("u1001"), "n" + i));
        }

        assertThat(simulator.messagesTo("u1001")).filteredOn(ReceivedMessage::dropped).hasSize(1);
    }

    private WecomClient client(String secret) {
        return new WecomClient(new HttpEndpoint("wecom", URI.create("http://127.0.0.1:" + simulator.port()),
                Duration.ofSeconds(1), Duration.ofSeconds(2)),
                new WecomApiSettings("ww-corp", secret, 1000002, Duration.ofMinutes(5)), new ObjectMapper(),
                Clock.systemUTC(), new ConnectorResilience("wecom", RESILIENCE));
    }
}
