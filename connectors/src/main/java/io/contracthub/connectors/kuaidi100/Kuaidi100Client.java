package io.contracthub.connectors.kuaidi100;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kuaidi100's real-time query: {@code POST /poll/query.do}, form fields {@code customer}, {@code param} (JSON with
 * {@code com} and {@code num}) and {@code sign} ({@link Kuaidi100Sign}). Success is a track with
 * {@code message = "ok"}, {@code status = "200"}; a refusal is {@code {"result": false, "returnCode": "...",
 * "message": "..."}} with HTTP 200 (see PROTOCOL.md). Resilience is the caller's: this client makes exactly one call.
 */
public final class Kuaidi100Client {

    public static final String SYSTEM = "kuaidi100";
    static final String QUERY = "/poll/query.do";
    /** returnCodes Kuaidi100 uses for a wrong customer, key or sign (see PROTOCOL.md). */
    private static final List<String> AUTHENTICATION_CODES = List.of("503", "600", "601");

    private final JsonHttpClient http;
    private final Kuaidi100Settings settings;
    private final ObjectMapper objectMapper;

    public Kuaidi100Client(HttpEndpoint endpoint, Kuaidi100Settings settings, ObjectMapper objectMapper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
        this.http = new JsonHttpClient(endpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("returnCode", "message"));
    }

    /** @param com Kuaidi100's carrier code ("shunfeng", "yuantong", ...), {@code num} the waybill number */
    public Kuaidi100Track query(String com, String num) {
        String param = param(com, num);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("customer", settings.customer());
        form.put("param", param);
        form.put("sign", Kuaidi100Sign.of(param, settings.key(), settings.customer()));
        return track(com, num, http.postForm(QUERY, form));
    }

    private String param(String com, String num) {
        Map<String, String> param = new LinkedHashMap<>();
        param.put("com", com);
        param.put("num", num);
        try {
            return objectMapper.writeValueAsString(param);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialise", e);
        }
    }

    private static Kuaidi100Track track(String com, String num, JsonNode answer) {
        if (!"200".equals(answer.path("status").asText())) {
            String code = answer.path("returnCode").asText(null);
            String message = answer.path("message").asText("no track in Kuaidi100's answer");
            if (code != null && AUTHENTICATION_CODES.contains(code)) {
                throw new ConnectorAuthenticationException(SYSTEM, 200, code, message);
            }
            throw new ConnectorRejectedException(SYSTEM, 200, code, message);
        }
        List<Kuaidi100Track.Event> events = new ArrayList<>();
        for (JsonNode event : answer.path("data")) {
            events.add(new Kuaidi100Track.Event(event.path("ftime").asText(event.path("time").asText("")),
                    event.path("context").asText(""), event.path("areaName").asText(null)));
        }
        return new Kuaidi100Track(answer.path("com").asText(com), answer.path("nu").asText(num),
                answer.path("state").asText(null), "1".equals(answer.path("ischeck").asText()), events);
    }
}
