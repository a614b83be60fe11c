package io.contracthub.simulators.wecom;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated WeCom server API and app callback:
 * <ul>
 *   <li>{@code GET /cgi-bin/gettoken?corpid=&corpsecret=}: the same token while it is valid; 40001 for a wrong
 *       secret, 45009 past the per-minute limit</li>
 *   <li>{@code POST /cgi-bin/message/send?access_token=}: 40014 unknown token, 42001 expired token (both inside
 *       HTTP 200, as WeCom does); text, markdown, textcard; past 30 per user per minute accepted but dropped</li>
 *   <li>{@code GET /wecom/journal}: the messages received; {@code POST /wecom/tokens/expire};
 *       {@code POST /wecom/verify-url} {"echo"}: the console's URL verification against the hub</li>
 *   <li>{@code POST /wecom/users/{user}/reply} {"text"} and {@code /card} {"eventKey"}: the user answers in WeCom;
 *       the simulator pushes the encrypted callback to the hub and reports the hub's answer</li>
 *   <li>template_card of type button_interaction: task_id (letters, digits, _-@, at most 128, never reused: 40058 on
 *       reuse), 1 to 6 buttons with a key each; {@code POST /wecom/users/{user}/cards/{taskId}/click} {"button": n (from
 *       1) or "key"} ({@code latest} for the last card the user got): the user clicks a button of a card sent to
 *       them; WeCom pushes template_card_event with the button's key (EventKey), the TaskId and CardType, encrypted,
 *       to the hub</li>
 * </ul>
 */
public final class WecomSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WecomSimulatorSettings settings;
    private final Clock clock;
    private final MsgCrypt crypto;
    private final SecureRandom random = new SecureRandom();
    private final HubCallbackSender hub = new HubCallbackSender();
    private final List<ReceivedMessage> journal = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Map<String, Deque<Instant>> sendsPerUser = new HashMap<>();
    private final Deque<Instant> tokenCalls = new ArrayDeque<>();
    private final AtomicLong msgIds = new AtomicLong(7_438_000_000L);
    private final Map<String, SentCard> cards = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<SentCard> cardsInOrder = new CopyOnWriteArrayList<>();
    private volatile String hubCallbackUrl;
    private String currentToken;
    private int busyAnswersLeft;
    private SimpleHttpServer server;

    public WecomSimulator(WecomSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public WecomSimulator(WecomSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.crypto = new MsgCrypt(settings.callbackToken(), settings.encodingAesKey(), settings.corpId());
        this.hubCallbackUrl = settings.hubCallbackUrl();
    }

    /** Where the app's callbacks go from now on (a hub that started after the simulator, on a port chosen then). */
    public void hubCallbackUrl(String url) {
        this.hubCallbackUrl = Objects.requireNonNull(url, "url");
    }

    public synchronized void start() {
        if (server == null) {
            server = SimpleHttpServer.start("wecom", settings.port(), this::handle);
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

    /** Every token issued so far is expired from now on: the next call with one gets 42001. */
    public synchronized void expireTokens() {
        tokens.replaceAll((token, expiry) -> clock.instant().minusSeconds(1));
    }

    /** The next {@code count} message/send calls answer errcode -1 (system busy), as WeCom does under load. */
    public synchronized void answerBusy(int count) {
        busyAnswersLeft = count;
    }

    /** The user replies {@code text} to the app; answers the hub's HTTP status and body. */
    public HubCallbackSender.HubAnswer reply(String user, String text) {
        return push(message(user, "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text + "]]></Content><MsgId>"
                + msgIds.incrementAndGet() + "</MsgId>"));
    }

    /** The user clicks a button of an interactive (template) card. */
    public HubCallbackSender.HubAnswer clickCard(String user, String eventKey) {
        return push(message(user, "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
                + "<EventKey><![CDATA[" + eventKey + "]]></EventKey><TaskId><![CDATA[" + UUID.randomUUID() + "]]></TaskId>"));
    }

    /** A button_interaction template card as it was sent: to whom, and its buttons' keys in order. */
    public record SentCard(String taskId, List<String> toUsers, List<String> buttonKeys, List<String> buttonTexts) {
    }

    /** The template cards sent so far, by task id. */
    public Map<String, SentCard> cards() {
        return Map.copyOf(cards);
    }

    /**
     * The user clicks button {@code button} (from 1) of the card {@code taskId} sent to them: WeCom pushes the
     * template_card_event with the button's key. Refused (IllegalArgumentException) for a card the user never got or a
     * button it does not have.
     */
    public HubCallbackSender.HubAnswer clickButton(String user, String taskId, int button) {
        SentCard card = cards.get(taskId);
        if (card == null || !card.toUsers().contains(user)) {
            throw new IllegalArgumentException("no card " + taskId + " was sent to " + user);
        }
        if (button < 1 || button > card.buttonKeys().size()) {
            throw new IllegalArgumentException("card " + taskId + " has no button " + button);
        }
        return push(message(user, "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
                + "<EventKey><![CDATA[" + card.buttonKeys().get(button - 1) + "]]></EventKey><TaskId><![CDATA[" + taskId
                + "]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA["
                + UUID.randomUUID() + "]]></ResponseCode>"));
    }

    /** What the WeCom console does when the callback URL is saved: GET with an encrypted echostr. */
    public HubCallbackSender.HubAnswer verifyHubUrl(String echo) {
        MsgCrypt.Sealed sealed = seal(echo);
        return hub.get(hubCallbackUrl, Map.of("msg_signature", sealed.signature(), "timestamp", sealed.timestamp(),
                "nonce", sealed.nonce(), "echostr", sealed.encrypt()));
    }

    /** An event POST as WeCom sends it: the signature in the query, the ciphertext in the XML body's Encrypt. */
    private HubCallbackSender.HubAnswer push(String xml) {
        MsgCrypt.Sealed sealed = seal(xml);
        String body = "<xml><ToUserName><![CDATA[" + settings.corpId() + "]]></ToUserName><AgentID><![CDATA["
                + settings.agentId() + "]]></AgentID><Encrypt><![CDATA[" + sealed.encrypt() + "]]></Encrypt></xml>";
        return hub.post(hubCallbackUrl, Map.of("msg_signature", sealed.signature(), "timestamp",
                sealed.timestamp(), "nonce", sealed.nonce()), "text/xml", body);
    }

    private MsgCrypt.Sealed seal(String message) {
        return crypto.seal(message, Long.toString(clock.instant().getEpochSecond()),
                Long.toString(1_000_000_000L + random.nextInt(1_000_000_000)));
    }

    private String message(String user, String content) {
        return "<xml><ToUserName><![CDATA[" + settings.corpId() + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>" + clock.instant().getEpochSecond() + "</CreateTime>" + content
                + "<AgentID>" + settings.agentId() + "</AgentID></xml>";
    }

    private Response handle(Request request) throws Exception {
        String route = request.method() + " " + request.path();
        if (route.startsWith("POST /wecom/users/")) {
            return userAction(request);
        }
        return switch (route) {
            case "GET /cgi-bin/gettoken" -> getToken(request.query());
            case "POST /cgi-bin/message/send" -> send(request.query().get("access_token"), JSON.readTree(request.body()));
            case "GET /wecom/journal" -> Response.json(200, journal);
            case "POST /wecom/verify-url" -> {
                HubCallbackSender.HubAnswer answer = verifyHubUrl(JSON.readTree(request.body()).path("echo").asText("1616140317555161061"));
                yield Response.json(200, Map.of("hubStatus", answer.status(), "hubResponse", answer.body()));
            }
            case "POST /wecom/tokens/expire" -> {
                expireTokens();
                yield Response.json(200, Map.of("expired", true));
            }
            default -> Response.json(404, Map.of("errcode", 404, "errmsg", "no such API: " + route));
        };
    }

    private Response userAction(Request request) throws Exception {
        String[] parts = request.path().split("/");
        if (parts.length == 7 && "cards".equals(parts[4]) && "click".equals(parts[6])) {
            JsonNode body = JSON.readTree(request.body());
            if ("latest".equals(parts[5])) {
                parts[5] = latestCardTo(parts[3]);
            }
            SentCard card = cards.get(parts[5]);
            int button = body.has("key") && card != null ? card.buttonKeys().indexOf(body.path("key").asText()) + 1
                    : body.path("button").asInt(0);
            try {
                HubCallbackSender.HubAnswer answer = clickButton(parts[3], parts[5], button);
                return Response.json(200, Map.of("hubStatus", answer.status(), "hubResponse", answer.body()));
            } catch (IllegalArgumentException e) {
                return Response.json(404, Map.of("errcode", 404, "errmsg", e.getMessage()));
            }
        }
        if (parts.length != 5) {
            return Response.json(404, Map.of("errcode", 404, "errmsg", "no such route"));
        }
        JsonNode body = JSON.readTree(request.body());
        HubCallbackSender.HubAnswer answer = switch (parts[4]) {
            case "reply" -> reply(parts[3], body.path("text").asText());
            case "card" -> clickCard(parts[3], body.path("eventKey").asText());
            default -> throw new IllegalArgumentException("unknown user action " + parts[4]);
        };
        return Response.json(200, Map.of("hubStatus", answer.status(), "hubResponse", answer.body()));
    }

    private synchronized Response getToken(Map<String, String> query) {
        Instant now = clock.instant();
        if (!settings.corpId().equals(query.get("corpid"))) {
            return Response.json(200, Map.of("errcode", 40013, "errmsg", "invalid corpid"));
        }
        if (!settings.corpSecret().equals(query.get("corpsecret"))) {
            return Response.json(200, Map.of("errcode", 40001, "errmsg", "invalid credential"));
        }
        if (!withinLimit(tokenCalls, now, settings.maxTokenCallsPerMinute())) {
            return Response.json(200, Map.of("errcode", 45009, "errmsg", "api freq out of limit"));
        }
        Instant expiry = currentToken == null ? null : tokens.get(currentToken);
        if (expiry == null || !now.isBefore(expiry)) {
            currentToken = "wecom-" + UUID.randomUUID().toString().replace("-", "");
            tokens.put(currentToken, now.plus(settings.tokenLifetime()));
        }
        long remaining = tokens.get(currentToken).getEpochSecond() - now.getEpochSecond();
        return Response.json(200, Map.of("errcode", 0, "errmsg", "ok", "access_token", currentToken, "expires_in", remaining));
    }

    private synchronized Response send(String token, JsonNode body) {
        Instant now = clock.instant();
        Instant expiry = token == null ? null : tokens.get(token);
        if (expiry == null) {
            return Response.json(200, Map.of("errcode", 40014, "errmsg", "invalid access_token"));
        }
        if (!now.isBefore(expiry)) {
            return Response.json(200, Map.of("errcode", 42001, "errmsg", "access_token expired"));
        }
        if (busyAnswersLeft > 0) {
            busyAnswersLeft--;
            return Response.json(200, Map.of("errcode", -1, "errmsg", "system busy"));
        }
        String msgType = body.path("msgtype").asText();
        if (!List.of("text", "markdown", "textcard", "template_card").contains(msgType) || !body.path(msgType).isObject()) {
            return Response.json(200, Map.of("errcode", 40008, "errmsg", "invalid message type"));
        }
        String cardProblem = "template_card".equals(msgType) ? cardProblem(body.path(msgType)) : null;
        if (cardProblem != null) {
            return Response.json(200, Map.of("errcode", 40058, "errmsg", cardProblem));
        }
        if (body.path("agentid").asLong() != settings.agentId()) {
            return Response.json(200, Map.of("errcode", 40056, "errmsg", "invalid agentid"));
        }
        List<String> users = Arrays.asList(body.path("touser").asText("").split("\\|"));
        JsonNode content = body.path(msgType);
        String msgId = "msg-" + msgIds.incrementAndGet();
        boolean dropped = false;
        for (String user : users) {
            dropped |= !withinLimit(sendsPerUser.computeIfAbsent(user, u -> new ArrayDeque<>()), now,
                    settings.maxMessagesPerUserPerMinute());
        }
        if ("template_card".equals(msgType)) {
            List<String> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            content.path("button_list").forEach(button -> {
                keys.add(button.path("key").asText());
                texts.add(button.path("text").asText());
            });
            SentCard card = new SentCard(content.path("task_id").asText(), users, keys, texts);
            cards.put(card.taskId(), card);
            cardsInOrder.add(card);
        }
        journal.add(new ReceivedMessage(now, "wecom", users, msgType, title(msgType, content), text(msgType, content),
                msgId, dropped));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errcode", 0);
        answer.put("errmsg", "ok");
        answer.put("invaliduser", "");
        answer.put("msgid", msgId);
        if ("template_card".equals(msgType)) {
            // lets the app update the card after a click
            answer.put("response_code", UUID.randomUUID().toString().replace("-", ""));
        }
        return Response.json(200, answer);
    }

    /** The task id of the last template card sent to {@code user} ("" when none was). */
    private String latestCardTo(String user) {
        String latest = "";
        for (SentCard card : cardsInOrder) {
            if (card.toUsers().contains(user)) {
                latest = card.taskId();
            }
        }
        return latest;
    }

    /** Why WeCom refuses a button_interaction card, or null. */
    private String cardProblem(JsonNode card) {
        String taskId = card.path("task_id").asText("");
        if (!"button_interaction".equals(card.path("card_type").asText())) {
            return "invalid card_type, this simulator takes button_interaction";
        }
        if (!taskId.matches("[A-Za-z0-9_@-]{1,128}")) {
            return "invalid task_id";
        }
        if (cards.containsKey(taskId)) {
            return "task_id " + taskId + " already used";
        }
        JsonNode buttons = card.path("button_list");
        if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 6) {
            return "button_list must hold 1 to 6 buttons";
        }
        for (JsonNode button : buttons) {
            if (button.path("key").asText("").isEmpty() || button.path("key").asText().length() > 1024
                    || button.path("text").asText("").isEmpty()) {
                return "every button needs a text and a key of at most 1024 bytes";
            }
        }
        return null;
    }

    private static String title(String msgType, JsonNode content) {
        return "template_card".equals(msgType) ? content.path("main_title").path("title").asText(null)
                : content.path("title").asText(null);
    }

    private static String text(String msgType, JsonNode content) {
        if ("template_card".equals(msgType)) {
            StringBuilder text = new StringBuilder(content.path("main_title").path("desc").asText(""));
            content.path("button_list").forEach(button -> text.append("\n[").append(button.path("text").asText())
                    .append("] ").append(button.path("key").asText()));
            return text.toString();
        }
        return content.has("content") ? content.path("content").asText() : content.path("description").asText();
    }

    private boolean withinLimit(Deque<Instant> calls, Instant now, int perMinute) {
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minusSeconds(60))) {
            calls.pollFirst();
        }
        if (calls.size() >= perMinute) {
            return false;
        }
        calls.addLast(now);
        return true;
    }

    /** For tests: the messages a user received, oldest first. */
    public List<ReceivedMessage> messagesTo(String user) {
        List<ReceivedMessage> received = new ArrayList<>();
        for (ReceivedMessage message : journal) {
            if (message.toUsers().contains(user)) {
                received.add(message);
            }
        }
        return received;
    }
}
