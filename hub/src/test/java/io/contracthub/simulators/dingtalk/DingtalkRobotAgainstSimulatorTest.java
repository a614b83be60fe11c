package io.contracthub.simulators.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.dingtalk.DingtalkRobot;
import io.contracthub.connectors.dingtalk.DingtalkRobotSigner;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.simulators.people.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulated custom group robot answers like DingTalk's: signature, 1-hour timestamp window, 20 messages a minute. */
class DingtalkRobotAgainstSimulatorTest {

    private static final String TOKEN = "robot-token";
    private static final String SECRET = "SECrobotsecret";
    private static final ResilienceSettings ONE_ATTEMPT = new ResilienceSettings(Duration.ofSeconds(3), 50, 10, 5, Duration.ofSeconds(5), 4, Duration.ZERO);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T07:00:00Z"));
    private final DingtalkSimulator simulator = new DingtalkSimulator(new DingtalkSimulatorSettings(0, "ding-app",
            "ding-secret", 2000001, "token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", TOKEN, SECRET,
            "http://127.0.0.1:9/none", Duration.ofSeconds(7200)), clock);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void journalsACorrectlySignedMarkdownMessage() throws Exception {
        JsonNode answer = post(TOKEN, clock.millis(), DingtalkRobotSigner.sign(SECRET, clock.millis()), "### Dead letter #7");

        assertThat(answer.path("errcode").asInt()).isZero();
        assertThat(answer.path("errmsg").asText()).isEqualTo("ok");
        assertThat(simulator.robotMessages()).singleElement().satisfies(message -> {
            assertThat(message.msgType()).isEqualTo("markdown");
            assertThat(message.title()).isEqualTo("Notice");
            assertThat(message.content()).isEqualTo("### Dead letter #7");
        });
    }

    @Test
    void refusesASignMadeWithAnotherSecretWith310000AndDingtalksMessage() throws Exception {
        JsonNode answer = post(TOKEN, clock.millis(), DingtalkRobotSigner.sign("SECother", clock.millis()), "x");

        assertThat(answer.path("errcode").asInt()).isEqualTo(310000);
        assertThat(answer.path("errmsg").asText()).startsWith("description:机器人发送签名不匹配");
        assertThat(simulator.robotMessages()).isEmpty();
    }

    @Test
    void refusesATimestampMoreThanAnHourOffEvenWhenItsSignIsRight() throws Exception {
        long stale = clock.millis() - Duration.ofMinutes(61).toMillis();
        long late = clock.millis() - Duration.ofMinutes(59).toMillis();

        JsonNode refused = post(TOKEN, stale, DingtalkRobotSigner.sign(SECRET, stale), "stale");
        JsonNode accepted = post(TOKEN, late, DingtalkRobotSigner.sign(SECRET, late), "late");

        assertThat(refused.path("errcode").asInt()).isEqualTo(310000);
        assertThat(refused.path("errmsg").asText()).startsWith("invalid timestamp");
        assertThat(accepted.path("errcode").asInt()).isZero();
        assertThat(simulator.robotMessages()).extracting(ReceivedMessage::content).containsExactly("late");
    }

    @Test
    void refusesAnUnknownAccessToken() throws Exception {
        JsonNode answer = post("other-token", clock.millis(), DingtalkRobotSigner.sign(SECRET, clock.millis()), "x");

        assertThat(answer.path("errcode").asInt()).isEqualTo(300001);
    }

    @Test
    void takesTwentyMessagesAMinuteThenAnswers130101UntilTheMinuteHasPassed() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(post(TOKEN, clock.millis(), DingtalkRobotSigner.sign(SECRET, clock.millis()), "m" + i)
                    .path("errcode").asInt()).isZero();
        }

        JsonNode tooFast = post(TOKEN, clock.millis(), DingtalkRobotSigner.sign(SECRET, clock.millis()), "m21");
        clock.advance(Duration.ofSeconds(61));
        JsonNode later = post(TOKEN, clock.millis(), DingtalkRobotSigner.sign(SECRET, clock.millis()), "m21 again");

        assertThat(tooFast.path("errcode").asInt()).isEqualTo(130101);
        assertThat(tooFast.path("errmsg").asText()).isEqualTo("send too fast, exceed 20 times per minute");
        assertThat(later.path("errcode").asInt()).isZero();
        assertThat(simulator.robotMessages()).hasSize(21).last().extracting(ReceivedMessage::content).isEqualTo("m21 again");
    }

    @Test
    void theHubsRobotClientTreatsTheRateLimitAsTransientAndABadSignAsARejection() {
        for (int i = 0; i < 20; i++) {
            robot(SECRET).sendMarkdown("Notice", "m" + i);
        }

        assertThatThrownBy(() -> robot(SECRET).sendMarkdown("Notice", "one too many"))
                .isInstanceOf(ConnectorUnavailableException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).vendorCode()).isEqualTo("130101"));
        assertThatThrownBy(() -> robot("SECwrong").sendMarkdown("Notice", "x"))
                .isInstanceOf(ConnectorRejectedException.class)
                .satisfies(e -> {
                    assertThat(((ConnectorException) e).isTransient()).isFalse();
                    assertThat(((ConnectorException) e).system()).isEqualTo(DingtalkRobot.SYSTEM);
                    assertThat(((ConnectorException) e).vendorCode()).isEqualTo("310000");
                });
    }

    @Test
    void aResetSecretRefusesSendersStillUsingTheOldOne() {
        simulator.resetRobotSecret("SECnew");

        assertThatThrownBy(() -> robot(SECRET).sendMarkdown("Notice", "x")).isInstanceOf(ConnectorRejectedException.class);
        robot("SECnew").sendMarkdown("Notice", "with the new secret");

        assertThat(simulator.robotMessages()).extracting(ReceivedMessage::content).containsExactly("with the new secret");
    }

    private JsonNode post(String token, long timestamp, String urlEncodedSign, String text) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + simulator.port() + "/robot/send?access_token=" + token + "&timestamp="
                + timestamp + "&sign=" + urlEncodedSign);
        String body = JSON.writeValueAsString(java.util.Map.of("msgtype", "markdown",
                "markdown", java.util.Map.of("title", "Notice", "text", text)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("DingTalk answers robot errors inside HTTP 200").isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private DingtalkRobot robot(String secret) {
        return new DingtalkRobot(new HttpEndpoint(DingtalkRobot.SYSTEM,
                URI.create("http://127.0.0.1:" + simulator.port() + "/robot/send?access_token=" + TOKEN),
                Duration.ofSeconds(1), Duration.ofSeconds(2)), secret, JSON, clock,
                new ConnectorResilience(DingtalkRobot.SYSTEM, ONE_ATTEMPT));
    }

    /** The simulator's and the sender's time, moved by the test. */
    private static final class SettableClock extends Clock {

        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
