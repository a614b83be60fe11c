package io.contracthub.simulators.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.people.HubCallbackSender;
import io.contracthub.simulators.people.MsgCrypt;
import io.contracthub.simulators.people.ReceivedMessage;
import io.contracthub.simulators.people.SimpleHttpServer;
import io.contracthub.simulators.people.SimpleHttpServer.Request;
import io.contracthub.simulators.people.SimpleHttpServer.Response;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated DingTalk open platform:
 * <ul>
 *   <li>{@code POST /v1.0/oauth2/accessToken} {appKey, appSecret} (new API; 400 for wrong credentials) and
 *       {@code GET /gettoken?appkey=&appsecret=} (legacy)</li>
 *   <li>{@code POST /topapi/message/corpconversation/asyncsend_v2?access_token=}: 40014 unknown, 42001 expired
 *       token inside HTTP 200; the same content to the same user twice a day is accepted but dropped (DingTalk's rule)</li>
 *   <li>{@code POST /robot/send?access_token=&timestamp=&sign=}: the group robot ({@link SimulatedGroupRobot}) checks
 *       the signature and the 1-hour window and takes at most its limit of messages a minute</li>
 *   <li>{@code GET /dingtalk/journal}, {@code POST /dingtalk/tokens/expire},
 *       {@code POST /dingtalk/users/{user}/card} {"value": "approve HT-..."}: the user clicks a card button and the
 *       simulator pushes the encrypted event to the hub</li>
 * </ul>
 */
public final class DingtalkSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DingtalkSimulatorSettings settings;
    private final Clock clock;
    private final MsgCrypt crypto;
    private final SecureRandom random = new SecureRandom();
    private final HubCallbackSender hub = new HubCallbackSender();
    private final List<ReceivedMessage> journal = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Set<String> deliveredToday = new HashSet<>();
    private final AtomicLong taskIds = new AtomicLong(256_271_667_000L);
    private final SimulatedGroupRobot robot;
    private String currentToken;
    private SimpleHttpServer server;

    public DingtalkSimulator(DingtalkSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public DingtalkSimulator(DingtalkSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        // an internal app's event subscription encrypts for the app key (DingTalk: "企业自建应用-事件订阅, 使用appKey")
        this.crypto = new MsgCrypt(settings.callbackToken(), settings.aesKey(), settings.appKey());
        this.robot = new SimulatedGroupRobot(settings.robotAccessToken(), settings.robotSecret(),
                settings.robotMessagesPerMinute(), clock, journal);
    }

    public synchronized void start() {
        if (server == null) {
            server = SimpleHttpServer.start("dingtalk", settings.port(), this::handle);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized int port() {
        return server.port();
    }

    public List<ReceivedMessage> journal() {
        return List.copyOf(journal);
    }

    public List<ReceivedMessage> messagesTo(String user) {
        List<ReceivedMessage> received = new ArrayList<>();
        for (ReceivedMessage message : journal) {
            if (message.toUsers().contains(user)) {
                received.add(message);
            }
        }
        return received;
    }

    /** What the group robot posted, oldest first. */
    public List<ReceivedMessage> robotMessages() {
        return journal.stream().filter(m -> SimulatedGroupRobot.CHANNEL.equals(m.channel())).toList();
    }

    /** The group owner resets the robot's secret: messages signed with the old one are refused with 310000. */
    public void resetRobotSecret(String secret) {
        robot.resetSecret(secret);
    }

    /** How many messages the robot takes in any minute from now on (DingTalk: 20); 0 answers 130101 to every one. */
    public void limitRobotTo(int messagesPerMinute) {
        robot.limitTo(messagesPerMinute);
    }

    private final java.util.Set<String> sentCards = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public synchronized void expireTokens() {
        tokens.replaceAll((token, expiry) -> clock.instant().minusSeconds(1));
    }

    /** The user clicks a button of the hub's interactive card; {@code value} is the button's action value. */
    public HubCallbackSender.HubAnswer clickCard(String user, String outTrackId, String value) {
        Map<String, Object> event = Map.of("EventType", "card_action", "TimeStamp", Long.toString(clock.millis()),
                "userId", user, "outTrackId", outTrackId, "value", value);
        return push(json(event));
    }

    /** What DingTalk does when the callback URL is saved in the developer console. */
    public HubCallbackSender.HubAnswer checkUrl() {
        return push("{\"EventType\":\"check_url\"}");
    }

    /**
     * Whether the hub's answer is the encrypted "success" DingTalk waits for: JSON {"msg_signature", "timeStamp",
     * "nonce", "encrypt"} (camel-case timeStamp), signed and encrypted for the app key; anything else makes DingTalk retry.
     */
    public boolean isSuccessReply(String hubBody) {
        try {
            JsonNode reply = JSON.readTree(hubBody);
            return "success".equals(crypto.open(reply.path("msg_signature").asText(null), reply.path("timeStamp").asText(null),
                    reply.path("nonce").asText(null), reply.path("encrypt").asText(null)));
        } catch (Exception e) {
            return false;
        }
    }

    /** A push as DingTalk sends it: signature, timestamp (ms) and nonce in the query, {"encrypt"} as the body. */
    private HubCallbackSender.HubAnswer push(String eventJson) {
        MsgCrypt.Sealed sealed = crypto.seal(eventJson, Long.toString(clock.millis()), nonce());
        Map<String, String> query = Map.of("msg_signature", sealed.signature(), "timestamp", sealed.timestamp(),
                "nonce", sealed.nonce());
        return hub.post(settings.hubCallbackUrl(), query, "application/json", json(Map.of("encrypt", sealed.encrypt())));
    }

    private String nonce() {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder nonce = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            nonce.append(letters.charAt(random.nextInt(letters.length())));
        }
        return nonce.toString();
    }

    private Response handle(Request request) throws Exception {
        String route = request.method() + " " + request.path();
        if (route.startsWith("POST /dingtalk/users/") && route.endsWith("/card")) {
            JsonNode body = JSON.readTree(request.body());
            String user = request.path().split("/")[3];
            HubCallbackSender.HubAnswer answer = clickCard(user, body.path("outTrackId").asText("card-" + UUID.randomUUID()),
                    body.path("value").asText());
            return Response.json(200, Map.of("hubStatus", answer.status(), "hubResponse", answer.body()));
        }
        return switch (route) {
            case "POST /v1.0/oauth2/accessToken" -> newToken(JSON.readTree(request.body()));
            case "GET /gettoken" -> legacyToken(request.query());
            case "POST /topapi/message/corpconversation/asyncsend_v2" ->
                    workNotification(request.query().get("access_token"), JSON.readTree(request.body()));
            case "POST /robot/send" -> robot.send(request.query(), JSON.readTree(request.body()));
            case "POST /v1.0/im/interactiveCards/send" ->
                    interactiveCard(request.header("x-acs-dingtalk-access-token"), JSON.readTree(request.body()));
            case "GET /dingtalk/journal" -> Response.json(200, journal);
            case "POST /dingtalk/tokens/expire" -> {
                expireTokens();
                yield Response.json(200, Map.of("expired", true));
            }
            case "POST /dingtalk/check-url" -> {
                HubCallbackSender.HubAnswer answer = checkUrl();
                yield Response.json(200, Map.of("hubStatus", answer.status(), "successReply", isSuccessReply(answer.body())));
            }
            default -> Response.json(404, Map.of("errcode", 22, "errmsg", "invalid method: " + route));
        };
    }

    private synchronized Response newToken(JsonNode body) {
        if (!credentialsMatch(body.path("appKey").asText(), body.path("appSecret").asText())) {
            return Response.json(400, Map.of("code", "invalidClientIdOrSecret", "message", "无效的clientId或者clientSecret",
                    "requestid", UUID.randomUUID().toString()));
        }
        String token = issue();
        return Response.json(200, Map.of("accessToken", token, "expireIn", remaining(token)));
    }

    private synchronized Response legacyToken(Map<String, String> query) {
        if (!credentialsMatch(query.get("appkey"), query.get("appsecret"))) {
            return Response.json(200, Map.of("errcode", 40089, "errmsg", "不合法的corpid或corpsecret"));
        }
        String token = issue();
        return Response.json(200, Map.of("errcode", 0, "errmsg", "ok", "access_token", token, "expires_in", remaining(token)));
    }

    private boolean credentialsMatch(String appKey, String appSecret) {
        return settings.appKey().equals(appKey) && settings.appSecret().equals(appSecret);
    }

    private String issue() {
        Instant now = clock.instant();
        Instant expiry = currentToken == null ? null : tokens.get(currentToken);
        if (expiry == null || !now.isBefore(expiry)) {
            currentToken = "ding-" + UUID.randomUUID().toString().replace("-", "");
            tokens.put(currentToken, now.plus(settings.tokenLifetime()));
        }
        return currentToken;
    }

    private long remaining(String token) {
        return tokens.get(token).getEpochSecond() - clock.instant().getEpochSecond();
    }

    private synchronized Response workNotification(String token, JsonNode body) {
        Instant expiry = token == null ? null : tokens.get(token);
        if (expiry == null) {
            return Response.json(200, Map.of("errcode", 40014, "errmsg", "不合法的access_token"));
        }
        if (!clock.instant().isBefore(expiry)) {
            return Response.json(200, Map.of("errcode", 42001, "errmsg", "access_token超时"));
        }
        if (body.path("agent_id").asLong() != settings.agentId()) {
            return Response.json(200, Map.of("errcode", 400002, "errmsg", "agent_id无效"));
        }
        JsonNode msg = body.path("msg");
        String type = msg.path("msgtype").asText();
        JsonNode content = msg.path(type);
        if (!content.isObject()) {
            return Response.json(200, Map.of("errcode", 400035, "errmsg", "msg格式不正确"));
        }
        List<String> users = Arrays.asList(body.path("userid_list").asText("").split(","));
        String text = content.has("text") ? content.path("text").asText() : content.path("content").asText();
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        boolean dropped = false;
        for (String user : users) {
            dropped |= !deliveredToday.add(day + "|" + user + "|" + text);
        }
        String taskId = Long.toString(taskIds.incrementAndGet());
        journal.add(new ReceivedMessage(clock.instant(), "dingtalk", users, type, content.path("title").asText(null), text,
                taskId, dropped));
        return Response.json(200, Map.of("errcode", 0, "task_id", Long.parseLong(taskId), "request_id", UUID.randomUUID().toString()));
    }

    /**
     * An interactive card to users' single chats (new API: token in the x-acs-dingtalk-access-token header, errors as
     * HTTP 4xx with code and message). Journalled with its buttons (button1Text/button1Value… of cardParamMap); a card
     * instance (outTrackId) is sent once. {@link #clickCard} answers a button.
     */
    private synchronized Response interactiveCard(String token, JsonNode body) {
        Instant expiry = token == null ? null : tokens.get(token);
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            return Response.json(401, Map.of("code", "InvalidAuthentication", "message", "不合法的access_token",
                    "requestid", UUID.randomUUID().toString()));
        }
        String outTrackId = body.path("outTrackId").asText("");
        JsonNode receivers = body.path("receiverUserIdList");
        JsonNode parameters = body.path("cardData").path("cardParamMap");
        if (outTrackId.isBlank() || body.path("cardTemplateId").asText("").isBlank() || !receivers.isArray()
                || receivers.isEmpty() || !parameters.isObject()) {
            return Response.json(400, Map.of("code", "param.invalid", "message",
                    "cardTemplateId, outTrackId, receiverUserIdList and cardData.cardParamMap are required",
                    "requestid", UUID.randomUUID().toString()));
        }
        if (!sentCards.add(outTrackId)) {
            return Response.json(400, Map.of("code", "param.outTrackIdDuplicated", "message", "outTrackId已存在",
                    "requestid", UUID.randomUUID().toString()));
        }
        List<String> users = new java.util.ArrayList<>();
        receivers.forEach(user -> users.add(user.asText()));
        StringBuilder text = new StringBuilder(parameters.path("markdown").asText(""));
        for (int i = 1; parameters.has("button" + i + "Value"); i++) {
            text.append("\n[").append(parameters.path("button" + i + "Text").asText()).append("] ")
                    .append(parameters.path("button" + i + "Value").asText());
        }
        journal.add(new ReceivedMessage(clock.instant(), "dingtalk", users, "interactive_card",
                parameters.path("title").asText(null), text.toString(), outTrackId, false));
        return Response.json(200, Map.of("success", true, "result", Map.of("processQueryKey", UUID.randomUUID().toString())));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
