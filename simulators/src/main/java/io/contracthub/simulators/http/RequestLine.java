package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a request WireMock received as the simulators read them: raw or decoded path, raw query, headers. */
public final class RequestLine {

    private RequestLine() {
    }

    /** The path as sent, percent-escapes kept. */
    public static String rawPath(Request request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The path with percent-escapes decoded (the raw path if it is no valid URI path). */
    public static String path(Request request) {
        String raw = rawPath(request);
        try {
            return URI.create(raw).getPath();
        } catch (IllegalArgumentException notAUri) {
            return raw;
        }
    }

    /** The query as sent, or null when there is none. */
    public static String rawQuery(Request request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? null : url.substring(query + 1);
    }

    public static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), List.copyOf(header.values()));
        }
        return headers;
    }
}
