package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** A test's own esign client: requests signed as esign's developer guide says (see EsignGatewaySignatureTest). */
final class EsignApp {

    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String appId;
    private final String appSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    EsignApp(String baseUrl, String appId, String appSecret, Clock clock) {
        this.baseUrl = baseUrl;
        this.appId = appId;
        this.appSecret = appSecret;
        this.clock = clock;
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, new byte[0]);
    }

    /** The envelope's data, failing the test unless esign answered code 0. */
    JsonNode data(HttpResponse<String> response) {
        JsonNode envelope = read(response.body());
        if (response.statusCode() != 200 || envelope.path("code").asInt(-1) != 0) {
            throw new AssertionError("esign refused: HTTP " + response.statusCode() + " " + response.body());
        }
        return envelope.path("data");
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery, byte[] body) {
        String contentMd5 = EsignGatewaySignature.contentMd5(body);
        URI uri = URI.create(baseUrl + pathAndQuery);
        String stringToSign = EsignGatewaySignature.stringToSign(method, "*/*", contentMd5, JSON_TYPE, "",
                EsignGatewaySignature.pathAndParameters(uri.getRawPath(), uri.getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-Tsign-Open-App-Id", appId)
                .header("X-Tsign-Open-Auth-Mode", "Signature")
                .header("X-Tsign-Open-Ca-Timestamp", Long.toString(clock.millis()))
                .header("X-Tsign-Open-Ca-Signature", EsignGatewaySignature.signature(appSecret, stringToSign))
                .header("Accept", "*/*")
                .header("Content-Type", JSON_TYPE);
        if (!contentMd5.isEmpty()) {
            request.header("Content-MD5", contentMd5);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
