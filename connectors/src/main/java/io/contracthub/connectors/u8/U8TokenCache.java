package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.JsonHttpClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * U8's access token, fetched from {@code /system/token} and kept until shortly before its announced lifetime
 * ends; a call that U8 refuses for its token invalidates it, and only the first such caller fetches a new one.
 */
public final class U8TokenCache {

    private final U8Settings settings;
    private final JsonHttpClient client;
    private final Clock clock;
    private String token;
    private Instant expiresAt;
    private Instant refreshAt = Instant.MIN;

    public U8TokenCache(U8Settings settings, JsonHttpClient client, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    public synchronized String current() {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    public synchronized void invalidate(String staleToken) {
        if (staleToken.equals(token)) {
            token = null;
            expiresAt = null;
        }
    }

    /** When the token held now ends by the lifetime U8 announced; empty while none is held. */
    public synchronized Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    private void fetch() {
        JsonNode answer = client.get("/system/token?from_account=" + encode(settings.fromAccount())
                + "&app_key=" + encode(settings.appKey()) + "&app_secret=" + encode(settings.appSecret()));
        // errcode is a string ("0"), not a number
        String errcode = answer.path("errcode").asText("");
        String id = answer.path("token").path("id").asText("");
        if (!"0".equals(errcode) || id.isBlank()) {
            throw new ConnectorAuthenticationException(U8Connector.SYSTEM, 200, errcode, answer.path("errmsg").asText(""));
        }
        long expiresIn = answer.path("token").path("expiresIn").asLong(7200);
        token = id;
        expiresAt = clock.instant().plusSeconds(expiresIn);
        refreshAt = expiresAt.minus(settings.tokenRefreshMargin());
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
