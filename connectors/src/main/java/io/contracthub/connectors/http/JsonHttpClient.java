package io.contracthub.connectors.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one HTTP building block every connector uses: JSON in and out over {@link java.net.http.HttpClient},
 * the endpoint's timeouts, the system's request signing, and one mapping of failures onto
 * {@link ConnectorException}s. Vendor envelopes on 2xx (success codes inside the body) stay with the connector.
 */
public final class JsonHttpClient {

    private final HttpEndpoint endpoint;
    private final ObjectMapper objectMapper;
    private final RequestSigner signer;
    private final VendorError.Reader errorReader;
    private final HttpClient http;
    private final RequestGuard guard;

    public JsonHttpClient(HttpEndpoint endpoint, ObjectMapper objectMapper, RequestSigner signer,
                          VendorError.Reader errorReader) {
        this(endpoint, objectMapper, signer, errorReader, RequestGuard.NONE);
    }

    /** Each request, with the mapping of its answer, passes through {@code guard} (an ERP's per-request breaker). */
    public JsonHttpClient(HttpEndpoint endpoint, ObjectMapper objectMapper, RequestSigner signer,
                          VendorError.Reader errorReader, RequestGuard guard) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.errorReader = Objects.requireNonNull(errorReader, "errorReader");
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout()).build();
    }

    public JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, new byte[0], null);
    }

    public JsonNode post(String pathAndQuery, Object body) {
        return send("POST", pathAndQuery, json(body), "application/json");
    }

    /** POSTs an application/x-www-form-urlencoded body (e.g. Baidu's OCR API) and reads the JSON answer. */
    public JsonNode postForm(String pathAndQuery, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", pathAndQuery, encoded.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /**
     * PUTs raw bytes to a URL the vendor handed out (a pre-signed storage URL: the vendor's request signing does not
     * apply), with exactly these headers, and reads the JSON answer (missing when the answer has no JSON body).
     */
    public JsonNode putBytesTo(URI url, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(endpoint.requestTimeout())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = exchange(request.build(), "PUT " + url.getHost() + url.getRawPath());
        return answer(response.statusCode(), parse(response.body()), "PUT " + url.getRawPath());
    }

    /** GETs the bytes behind a download URL the vendor handed out (pre-signed: no request signing). */
    public byte[] downloadFrom(URI url) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(url).timeout(endpoint.requestTimeout()).GET().build(),
                "GET " + url.getHost() + url.getRawPath());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            answer(response.statusCode(), parse(response.body()), "GET " + url.getRawPath());
        }
        return response.body();
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String call) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ConnectorUnavailableException(endpoint.system(), call + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(endpoint.system(), "interrupted during " + call, e);
        }
    }

    private JsonNode send(String method, String pathAndQuery, byte[] body, String contentType) {
        return guard.around(() -> sendUnguarded(method, pathAndQuery, body, contentType));
    }

    private JsonNode sendUnguarded(String method, String pathAndQuery, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .timeout(endpoint.requestTimeout())
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> signed = signer.headers(method, pathAndQuery, body);
        // a signer that signs the content type sets it itself, exactly as signed
        if (contentType != null && signed.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", contentType);
        }
        for (Map.Entry<String, String> header : signed.entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ConnectorUnavailableException(endpoint.system(), method + " " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(endpoint.system(), "interrupted during " + method + " " + pathAndQuery, e);
        }
        return answer(response.statusCode(), parse(response.body()), method + " " + pathAndQuery);
    }

    private JsonNode answer(int status, JsonNode body, String call) {
        if (status >= 200 && status < 300) {
            return body;
        }
        VendorError error = body.isObject() ? errorReader.read(body) : new VendorError(null, null);
        if (status == 401 || status == 403) {
            throw new ConnectorAuthenticationException(endpoint.system(), status, error.code(), error.message());
        }
        if (status >= 500 || status == 429) {
            throw new ConnectorUnavailableException(endpoint.system(), status, error.code(), error.message(),
                    call + " answered HTTP " + status, null);
        }
        throw new ConnectorRejectedException(endpoint.system(), status, error.code(), error.message());
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return objectMapper.readTree(body);
        } catch (IOException e) {
            // a proxy's HTML error page, for instance: the status code still decides what happened
            return MissingNode.getInstance();
        }
    }

    private byte[] json(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body cannot be written as JSON", e);
        }
    }
}
