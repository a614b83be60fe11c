package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.RequestSigner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kingdee's stateful login, written once: logs in with the configured method, keeps the session id and sends it
 * as the {@code kdservice-sessionid} cookie. Kingdee announces no expiry; a call that fails with session-lost
 * asks for {@link #renew(String)}, and only the first of several concurrent callers logs in again.
 */
public final class KingdeeSession {

    static final String COOKIE = "kdservice-sessionid";
    private static final String PATH = "/Kingdee.BOS.WebApi.ServicesStub.AuthService.%s.common.kdsvc";

    private final KingdeeSettings settings;
    private final JsonHttpClient loginClient;
    private final Clock clock;
    private String sessionId;
    private Instant obtainedAt;

    /** For the client that logs in: the WebAPI takes JSON and nothing else before a session exists. */
    public static final RequestSigner LOGIN_HEADERS = (method, pathAndQuery, body) -> Map.of("Content-Type", "application/json");

    public KingdeeSession(KingdeeSettings settings, JsonHttpClient loginClient, Clock clock) {
        this.settings = settings;
        this.loginClient = loginClient;
        this.clock = clock;
    }

    /** The current session id, logging in first if there is none. */
    public synchronized String current() {
        if (sessionId == null) {
            sessionId = login();
            obtainedAt = clock.instant();
        }
        return sessionId;
    }

    /** Logs in again unless another caller already replaced {@code staleSessionId}; answers the session to use. */
    public synchronized String renew(String staleSessionId) {
        if (sessionId == null || sessionId.equals(staleSessionId)) {
            sessionId = login();
            obtainedAt = clock.instant();
        }
        return sessionId;
    }

    /** When the session held now was obtained (Kingdee announces no expiry); empty before the first login. */
    public synchronized Optional<Instant> obtainedAt() {
        return Optional.ofNullable(obtainedAt);
    }

    /** Signs every WebAPI call with the session cookie (an equivalent header is also accepted by Kingdee). */
    public RequestSigner signer() {
        return (method, pathAndQuery, body) -> Map.of("Content-Type", "application/json", "Cookie", COOKIE + "=" + current());
    }

    private String login() {
        JsonNode answer = switch (settings.loginMethod()) {
            case LOGIN_BY_SIGN -> {
                long timestamp = clock.instant().getEpochSecond();
                String sign = KingdeeLoginSign.sign(settings.acctId(), settings.username(), settings.appId(),
                        settings.appSecret(), timestamp);
                yield post("LoginBySign", List.of(settings.acctId(), settings.username(), settings.appId(), timestamp,
                        sign, settings.lcid()));
            }
            case LOGIN_BY_APP_SECRET -> post("LoginByAppSecret", List.of(settings.acctId(), settings.username(),
                    settings.appId(), settings.appSecret(), settings.lcid()));
            case VALIDATE_USER -> post("ValidateUser", List.of(settings.acctId(), settings.username(),
                    settings.password(), settings.lcid()));
        };
        int resultType = answer.path("LoginResultType").asInt(0);
        String session = answer.path("KDSVCSessionId").asText("");
        // -5 is treated as success by Kingdee's own clients (UNCONFIRMED meaning; see README)
        if ((resultType != 1 && resultType != -5) || session.isBlank()) {
            throw new ConnectorAuthenticationException(KingdeeConnector.SYSTEM, 200, answer.path("MessageCode").asText(null),
                    "login refused (LoginResultType " + resultType + "): " + answer.path("Message").asText(""));
        }
        return session;
    }

    private JsonNode post(String method, List<Object> parameters) {
        return loginClient.post(PATH.formatted(method), Map.of("parameters", parameters));
    }
}
