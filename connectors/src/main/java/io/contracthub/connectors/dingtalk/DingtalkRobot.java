package io.contracthub.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * A custom group robot: {@code POST <webhook url with access_token>&timestamp=&sign=} with a markdown message.
 * The endpoint's base URL is the robot's whole webhook URL, as DingTalk shows it.
 */
public final class DingtalkRobot {

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
            long timestamp = clock.millis();
            JsonNode answer = http.post("&timestamp=" + timestamp + "&sign=" + DingtalkRobotSigner.sign(secret, timestamp), body);
            if (answer.path("errcode").asInt(0) != 0) {
                throw new ConnectorRejectedException(DingtalkClient.SYSTEM, 200, answer.path("errcode").asText(),
                        answer.path("errmsg").asText(null));
            }
            return null;
        });
    }
}
