package io.contracthub.connectors.sap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.RequestGuard;
import io.contracthub.connectors.http.VendorError;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * OData V2 over HTTP with SAP's CSRF protection, written once: a token fetched with {@code X-CSRF-Token: Fetch}
 * is valid only together with the session cookies that came with it, so both are kept (one cookie store per
 * client); a 403 "CSRF token validation failed" fetches a new pair and sends the call once more.
 *
 * <p>An adapter beside {@link io.contracthub.connectors.http.JsonHttpClient}, which exposes neither response
 * headers nor cookies; it keeps the same endpoint settings and the same failure types.
 */
public final class SapODataClient {

    private static final String CSRF_HEADER = "X-CSRF-Token";

    private final HttpEndpoint endpoint;
    private final ObjectMapper objectMapper;
    private final String authorization;
    private final HttpClient http;
    private final RequestGuard guard;
    private volatile String csrfToken;

    public SapODataClient(HttpEndpoint endpoint, ObjectMapper objectMapper, SapSettings settings) {
        this(endpoint, objectMapper, settings, RequestGuard.NONE);
    }

    /** Each read or write (a write with its CSRF token handshake) passes through {@code guard}: SAP's per-request breaker. */
    public SapODataClient(HttpEndpoint endpoint, ObjectMapper objectMapper, SapSettings settings, RequestGuard guard) {
        this.guard = guard;
        this.endpoint = endpoint;
        this.objectMapper = objectMapper;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout())
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    public JsonNode get(String pathAndQuery) {
        return guard.around(() -> getUnguarded(pathAndQuery));
    }

    public JsonNode post(String serviceRoot, String entityPath, Object body) {
        return guard.around(() -> postUnguarded(serviceRoot, entityPath, body));
    }

    /** An OData V2 update (204 No Content), unconditional ({@code If-Match: *}), with the same CSRF handling as POST. */
    public JsonNode patch(String serviceRoot, String entityPath, Object body) {
        return guard.around(() -> patchUnguarded(serviceRoot, entityPath, body));
    }

    private JsonNode getUnguarded(String pathAndQuery) {
        HttpResponse<String> response = send(request(pathAndQuery).GET().build());
        return answer(response, "GET " + pathAndQuery);
    }

    private JsonNode postUnguarded(String serviceRoot, String entityPath, Object body) {
        String token = csrfToken != null ? csrfToken : fetchToken(serviceRoot);
        HttpResponse<String> response = send(postRequest(serviceRoot + entityPath, token, body));
        if (isCsrfRefusal(response)) {
            response = send(postRequest(serviceRoot + entityPath, fetchToken(serviceRoot), body));
        }
        return answer(response, "POST " + serviceRoot + entityPath);
    }

    private JsonNode patchUnguarded(String serviceRoot, String entityPath, Object body) {
        String token = csrfToken != null ? csrfToken : fetchToken(serviceRoot);
        HttpResponse<String> response = send(patchRequest(serviceRoot + entityPath, token, body));
        if (isCsrfRefusal(response)) {
            response = send(patchRequest(serviceRoot + entityPath, fetchToken(serviceRoot), body));
        }
        return answer(response, "PATCH " + serviceRoot + entityPath);
    }

    private HttpRequest patchRequest(String pathAndQuery, String token, Object body) {
        return request(pathAndQuery).header(CSRF_HEADER, token).header("Content-Type", "application/json")
                .header("If-Match", "*").method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build();
    }

    private synchronized String fetchToken(String serviceRoot) {
        HttpResponse<String> response = send(request(serviceRoot + "/").header(CSRF_HEADER, "Fetch").GET().build());
        String token = response.headers().firstValue(CSRF_HEADER).orElse("");
        if (response.statusCode() >= 300 || token.isBlank() || "Required".equalsIgnoreCase(token)) {
            answer(response, "CSRF token fetch");
            throw new ConnectorUnavailableException(SapConnector.SYSTEM, "no CSRF token in the answer to the fetch", null);
        }
        csrfToken = token;
        return token;
    }

    private static boolean isCsrfRefusal(HttpResponse<String> response) {
        return response.statusCode() == 403 && ("Required".equalsIgnoreCase(response.headers().firstValue(CSRF_HEADER).orElse(""))
                || response.body().contains("CSRF token validation failed"));
    }

    private HttpRequest postRequest(String pathAndQuery, String token, Object body) {
        return request(pathAndQuery).header(CSRF_HEADER, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).timeout(endpoint.requestTimeout())
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConnectorUnavailableException(SapConnector.SYSTEM, request.method() + " " + request.uri().getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(SapConnector.SYSTEM, "interrupted during " + request.uri().getPath(), e);
        }
    }

    private JsonNode answer(HttpResponse<String> response, String call) {
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return body;
        }
        VendorError error = SapODataError.read(body);
        String message = error.message() != null ? error.message() : response.body();
        if (isCsrfRefusal(response)) {
            throw new ConnectorUnavailableException(SapConnector.SYSTEM, status, null, message, call + ": CSRF token refused twice", null);
        }
        if (status == 401 || status == 403) {
            throw new ConnectorAuthenticationException(SapConnector.SYSTEM, status, error.code(), message);
        }
        if (status >= 500 || status == 429) {
            throw new ConnectorUnavailableException(SapConnector.SYSTEM, status, error.code(), message, call + " answered HTTP " + status, null);
        }
        throw new ConnectorRejectedException(SapConnector.SYSTEM, status, error.code(), message);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return objectMapper.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private String json(Object body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body cannot be written as JSON", e);
        }
    }
}
