package io.contracthub.connectors.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an external system lives and how long the hub waits for it. Every connector takes its base URL from
 * configuration, so the sandbox, tests and production differ only in properties.
 */
public record HttpEndpoint(String system, URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

    public HttpEndpoint {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("The " + system + " base URL must be http(s): " + baseUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** The base URL with {@code pathAndQuery} (starting with "/") appended; a base path such as /esign is kept. */
    public URI resolve(String pathAndQuery) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + duration);
        }
    }
}
