package io.contracthub.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.auth.AccessTokenCache;
import io.contracthub.connectors.http.ErrcodeAnswer;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * DingTalk server API: the access token (new or legacy API) and work notifications (asyncsend_v2), under the
 * "dingtalk" resilience. Legacy calls report errors inside HTTP 200 ({@code errcode != 0}); a token DingTalk calls
 * invalid or expired (40014, 42001, 88) is dropped and the call made once more with a fresh one.
 */
public final class DingtalkClient {

    public static final String SYSTEM = "dingtalk";
    static final Set<Integer> TOKEN_ERRORS = Set.of(40014, 42001, 88);
    private static final Set<Integer> TRANSIENT_ERRORS = Set.of(-1);
    // gettoken: invalid appkey/appsecret
    private static final Set<Integer> CREDENTIAL_ERRORS = Set.of(40089, 40001);

    private final JsonHttpClient api;
    private final JsonHttpClient authorizedApi;
    private final JsonHttpClient oapi;
    private final DingtalkApiSettings settings;
    private final ConnectorResilience resilience;
    private final AccessTokenCache tokens;

    public DingtalkClient(HttpEndpoint apiEndpoint, HttpEndpoint oapiEndpoint, DingtalkApiSettings settings,
                          ObjectMapper objectMapper, Clock clock, ConnectorResilience resilience) {
        this.api = new JsonHttpClient(apiEndpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("code", "message"));
        this.oapi = new JsonHttpClient(oapiEndpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("errcode", "errmsg"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        this.tokens = new AccessTokenCache(this::fetchToken, settings.tokenRefreshMargin(), clock);
        AccessTokenCache issued = this.tokens;
        // new-style APIs take the app's access token in a header
        this.authorizedApi = new JsonHttpClient(apiEndpoint, objectMapper,
                (method, path, body) -> Map.of("x-acs-dingtalk-access-token", issued.get()), VendorError.fields("code", "message"));
    }

    /** Sends a markdown work notification to these users; answers DingTalk's task_id (delivery is asynchronous). */
    public String sendWorkNotification(List<String> userIds, String title, String markdown) {
        if (userIds == null || userIds.isEmpty()) {
            throw new IllegalArgumentException("a work notification needs at least one recipient");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", settings.agentId());
        body.put("userid_list", String.join(",", userIds));
        body.put("msg", Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown)));
        return resilience.call(() -> sendOnce(body, true));
    }

    /** A button of an interactive card: its text, and the action value DingTalk sends back when it is clicked. */
    public record CardButton(String value, String text) {
    }

    /**
     * Sends an interactive card (互动卡片, {@code POST /v1.0/im/interactiveCards/send}) of the card template
     * {@code templateId} to these users' single chats with the app; {@code outTrackId} names the card instance, and a
     * click reaches the app's encrypted event callback as card_action with that outTrackId and the button's value. The
     * template shows {@code title}, {@code markdown} and up to four buttons ({@code button1Text}/{@code button1Value}…).
     * Answers DingTalk's processQueryKey. Template parameter names and the callback shape are UNCONFIRMED.
     */
    public String sendInteractiveCard(List<String> userIds, String templateId, String outTrackId, String title,
                                      String markdown, List<CardButton> buttons) {
        if (userIds == null || userIds.isEmpty()) {
            throw new IllegalArgumentException("a card needs at least one recipient");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("title", title);
        parameters.put("markdown", markdown);
        for (int i = 0; i < buttons.size(); i++) {
            parameters.put("button" + (i + 1) + "Text", buttons.get(i).text());
            parameters.put("button" + (i + 1) + "Value", buttons.get(i).value());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cardTemplateId", templateId);
        body.put("outTrackId", outTrackId);
        body.put("robotCode", settings.appKey());
        body.put("conversationType", 0);
        body.put("receiverUserIdList", userIds);
        body.put("cardData", Map.of("cardParamMap", parameters));
        return resilience.call(() -> sendCardOnce(body)).path("result").path("processQueryKey").asText(null);
    }

    // the new API refuses a stale token with HTTP 401: a new token, and the card once more
    private JsonNode sendCardOnce(Map<String, Object> body) {
        String token = tokens.get();
        try {
            return authorizedApi.post("/v1.0/im/interactiveCards/send", body);
        } catch (io.contracthub.connectors.http.ConnectorAuthenticationException e) {
            tokens.invalidate(token);
            return authorizedApi.post("/v1.0/im/interactiveCards/send", body);
        }
    }

    private String sendOnce(Map<String, Object> body, boolean mayRefreshToken) {
        String token = tokens.get();
        JsonNode answer = oapi.post("/topapi/message/corpconversation/asyncsend_v2?access_token=" + encode(token), body);
        if (TOKEN_ERRORS.contains(ErrcodeAnswer.errcode(answer)) && mayRefreshToken) {
            tokens.invalidate(token);
            return sendOnce(body, false);
        }
        ErrcodeAnswer.check(SYSTEM, "asyncsend_v2", answer, TRANSIENT_ERRORS, Set.of());
        return answer.path("task_id").asText(null);
    }

    /** When the cached access token expires; empty while none is held. The token itself stays private. */
    public Optional<Instant> tokenExpiresAt() {
        return tokens.expiresAt();
    }

    private AccessTokenCache.IssuedToken fetchToken() {
        if (settings.tokenApi() == DingtalkApiSettings.TokenApi.NEW) {
            // errors come back as HTTP 4xx/5xx, which the HTTP client maps
            JsonNode answer = api.post("/v1.0/oauth2/accessToken",
                    Map.of("appKey", settings.appKey(), "appSecret", settings.appSecret()));
            return new AccessTokenCache.IssuedToken(answer.path("accessToken").asText(null),
                    Duration.ofSeconds(answer.path("expireIn").asLong(7200)));
        }
        JsonNode answer = oapi.get("/gettoken?appkey=" + encode(settings.appKey()) + "&appsecret=" + encode(settings.appSecret()));
        ErrcodeAnswer.check(SYSTEM, "gettoken", answer, TRANSIENT_ERRORS, CREDENTIAL_ERRORS);
        return new AccessTokenCache.IssuedToken(answer.path("access_token").asText(null),
                Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
