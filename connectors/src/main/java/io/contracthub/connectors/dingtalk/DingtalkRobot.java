package io.contracthub.connectors.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ErrcodeAnswer;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A custom group robot: {@code POST <webhook url with access_token>&timestamp=&sign=} with a markdown message, under
 * its own "dingtalk-robot" resilience. The endpoint's base URL is the robot's whole webhook URL, as DingTalk shows it.
 * The robot answers inside HTTP 200: errcode 0 is sent; 130101 ("send too fast, exceed 20 times per minute") and -1
 * (busy) can succeed later; anything else (310000: sign, timestamp, keyword or IP refused; 300001: unknown token)
 * will not, so it is a rejection.
 */
public final class DingtalkRobot {

    public static final String SYSTEM = "dingtalk-robot";
    static final Set<Integer> TRANSIENT_ERRORS = Set.of(130101, -1);

    private final JsonHttpClient http;
    private final String secret;
    private final Clock clock;
    private final ConnectorResilience resilience;

    public DingtalkRobot(HttpEndpoint webhook, String secret, ObjectMapper objectMapper, Clock clock,
                         ConnectorResilience resilience) {
        this.http = new JsonHttpClient(webhook, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("errcode", "errmsg"));
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    public void sendMarkdown(String title, String markdown) {
        Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown));
        resilience.call(() -> {
            // signed per attempt: a retried message must not carry a timestamp that has aged out of the hour
            long timestamp = clock.millis();
            ErrcodeAnswer.check(SYSTEM, "robot/send",
                    http.post("&timestamp=" + timestamp + "&sign=" + DingtalkRobotSigner.sign(secret, timestamp), body),
                    TRANSIENT_ERRORS, Set.of());
            return null;
        });
    }
}
