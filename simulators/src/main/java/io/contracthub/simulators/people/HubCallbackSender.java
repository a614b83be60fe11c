package io.contracthub.simulators.people;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Delivers a simulator's callback to the hub's webhook: query parameters plus a body, as the vendor's push does. */
public final class HubCallbackSender {

    /** What the hub answered; status 0 when it could not be reached. */
    public record HubAnswer(int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public HubAnswer get(String url, Map<String, String> query) {
        return send(HttpRequest.newBuilder(URI.create(url + "?" + query(query))).GET());
    }

    public HubAnswer post(String url, Map<String, String> query, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url + "?" + query(query))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HubAnswer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HubAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new HubAnswer(0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HubAnswer(0, "interrupted");
        }
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
