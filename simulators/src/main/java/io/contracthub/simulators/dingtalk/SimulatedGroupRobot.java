package io.contracthub.simulators.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.people.ReceivedMessage;
import io.contracthub.simulators.people.SimpleHttpServer.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One custom group robot with "加签" security, answering {@code POST /robot/send?access_token=&timestamp=&sign=} as
 * DingTalk does, always inside HTTP 200: 300001 for an unknown access token; 310000 for a timestamp more than an hour
 * off or a sign that is not URLEncode(Base64(HmacSHA256(secret, timestamp + "\n" + secret))); 130101 once the robot
 * has taken its limit of messages in the last minute (20 on DingTalk). The error texts are DingTalk's own.
 */
final class SimulatedGroupRobot {

    static final String CHANNEL = "dingtalk-robot";
    static final String SIGN_NOT_MATCH = "description:机器人发送签名不匹配;solution:请确认签名和生成签名的时间戳必须都放在调用的网址中，"
            + "请确认机器人的密钥加密和填写正确;link:请参考本接口对应文档获得具体要求，或者在https://open.dingtalk.com/document/  搜索相关文档;";
    static final String INVALID_TIMESTAMP = "invalid timestamp, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]";
    private static final Duration TIMESTAMP_WINDOW = Duration.ofHours(1);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final String accessToken;
    private int messagesPerMinute;
    private final Clock clock;
    private final List<ReceivedMessage> journal;
    private final Deque<Instant> acceptedInLastMinute = new ArrayDeque<>();
    private String secret;

    SimulatedGroupRobot(String accessToken, String secret, int messagesPerMinute, Clock clock, List<ReceivedMessage> journal) {
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.messagesPerMinute = messagesPerMinute;
        this.clock = clock;
        this.journal = journal;
    }

    /** What the group owner does with "重置" in the robot's security settings: senders with the old secret are refused. */
    synchronized void resetSecret(String newSecret) {
        secret = Objects.requireNonNull(newSecret, "newSecret");
    }

    synchronized void limitTo(int messagesPerMinute) {
        this.messagesPerMinute = messagesPerMinute;
    }

    synchronized Response send(Map<String, String> query, JsonNode body) {
        if (!accessToken.equals(query.get("access_token"))) {
            return error(300001, "token is not exist");
        }
        Instant now = clock.instant();
        long timestamp;
        try {
            timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
        } catch (NumberFormatException e) {
            return error(310000, INVALID_TIMESTAMP);
        }
        if (Math.abs(now.toEpochMilli() - timestamp) > TIMESTAMP_WINDOW.toMillis()) {
            return error(310000, INVALID_TIMESTAMP);
        }
        // the query arrives URL-decoded, so the sign compares with the plain Base64
        String sign = query.get("sign");
        if (sign == null || !MessageDigest.isEqual(RobotSignature.of(secret, timestamp).getBytes(StandardCharsets.UTF_8),
                sign.getBytes(StandardCharsets.UTF_8))) {
            return error(310000, SIGN_NOT_MATCH);
        }
        while (!acceptedInLastMinute.isEmpty() && !acceptedInLastMinute.peekFirst().isAfter(now.minus(RATE_WINDOW))) {
            acceptedInLastMinute.removeFirst();
        }
        if (acceptedInLastMinute.size() >= messagesPerMinute) {
            return error(130101, "send too fast, exceed " + messagesPerMinute + " times per minute");
        }
        acceptedInLastMinute.addLast(now);
        String type = body.path("msgtype").asText();
        JsonNode content = body.path(type);
        journal.add(new ReceivedMessage(now, CHANNEL, List.of("group"), type, content.path("title").asText(null),
                content.has("text") ? content.path("text").asText() : content.path("content").asText(), null, false));
        return Response.json(200, Map.of("errcode", 0, "errmsg", "ok"));
    }

    private static Response error(int errcode, String errmsg) {
        return Response.json(200, Map.of("errcode", errcode, "errmsg", errmsg));
    }
}
