package io.contracthub.connectors.wecom;

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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * WeCom server API: gettoken and message/send, under the "wecom" resilience. WeCom reports errors inside HTTP 200
 * ({@code errcode != 0}); an invalid or expired token (40001, 40014, 42001) is dropped from the cache and the call is
 * made once more with a fresh token.
 */
public final class WecomClient {

    public static final String SYSTEM = "wecom";
    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    // -1 system busy, 45009 API frequency limit (not confirmed in sources): worth trying again later
    private static final Set<Integer> TRANSIENT_ERRORS = Set.of(-1, 45009);
    // gettoken: invalid corpsecret, invalid corpid
    private static final Set<Integer> CREDENTIAL_ERRORS = Set.of(40001, 40013);

    private final JsonHttpClient http;
    private final WecomApiSettings settings;
    private final ConnectorResilience resilience;
    private final AccessTokenCache tokens;

    public WecomClient(HttpEndpoint endpoint, WecomApiSettings settings, ObjectMapper objectMapper, Clock clock,
                       ConnectorResilience resilience) {
        this.http = new JsonHttpClient(endpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("errcode", "errmsg"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        this.tokens = new AccessTokenCache(this::fetchToken, settings.tokenRefreshMargin(), clock);
    }

    /** Sends an app message; answers WeCom's msgid. */
    public String send(WecomMessage message) {
        return resilience.call(() -> sendOnce(message, true));
    }

    private String sendOnce(WecomMessage message, boolean mayRefreshToken) {
        String token = tokens.get();
        JsonNode answer = http.post("/cgi-bin/message/send?access_token=" + encode(token), message.body(settings.agentId()));
        if (TOKEN_ERRORS.contains(ErrcodeAnswer.errcode(answer)) && mayRefreshToken) {
            tokens.invalidate(token);
            return sendOnce(message, false);
        }
        ErrcodeAnswer.check(SYSTEM, "message/send", answer, TRANSIENT_ERRORS, Set.of());
        return answer.path("msgid").asText(null);
    }

    /** When the cached access token expires; empty while none is held. The token itself stays private. */
    public Optional<Instant> tokenExpiresAt() {
        return tokens.expiresAt();
    }

    private AccessTokenCache.IssuedToken fetchToken() {
        JsonNode answer = http.get("/cgi-bin/gettoken?corpid=" + encode(settings.corpId())
                + "&corpsecret=" + encode(settings.corpSecret()));
        ErrcodeAnswer.check(SYSTEM, "gettoken", answer, TRANSIENT_ERRORS, CREDENTIAL_ERRORS);
        return new AccessTokenCache.IssuedToken(answer.path("access_token").asText(null),
                Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
