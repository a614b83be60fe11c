package io.contracthub.connectors.u8;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.JsonHttpClient;

import java.net.URI;

/**
 * A U8 {@code add} call: the common query parameters with the cached token and {@code biz_id} (U8 creates one
 * voucher per biz_id however often it is submitted), then the asynchronous result URL polled until U8 says what
 * happened. A token refusal fetches a new token and sends the call once more.
 */
public final class U8OpenApiClient {

    private final U8Settings settings;
    private final JsonHttpClient client;
    private final U8TokenCache tokens;
    private final URI baseUrl;

    public U8OpenApiClient(U8Settings settings, JsonHttpClient client, U8TokenCache tokens, URI baseUrl) {
        this.settings = settings;
        this.client = client;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    /** Answers U8's final result {@code {errcode:"0", id, tradeid}}; a business error is a rejection. */
    public JsonNode add(String api, String bizId, JsonNode body) {
        return call(api, "add", bizId, body);
    }

    /** {@code verb} is {@code add}, or {@code edit} to change the voucher added under {@code bizId} (UNCONFIRMED path). */
    public JsonNode call(String api, String verb, String bizId, JsonNode body) {
        String token = tokens.current();
        JsonNode answer = client.post(path(api, verb, bizId, token), body);
        if (isTokenError(answer)) {
            tokens.invalidate(token);
            answer = client.post(path(api, verb, bizId, tokens.current()), body);
        }
        JsonNode result = answer.hasNonNull("url") && !answer.hasNonNull("id") ? poll(answer.path("url").asText()) : answer;
        if (isTokenError(result)) {
            throw new ConnectorUnavailableException(U8Connector.SYSTEM, api + "/" + verb + ": token refused after a fresh token", null);
        }
        if (!"0".equals(result.path("errcode").asText())) {
            throw new ConnectorRejectedException(U8Connector.SYSTEM, 200, result.path("errcode").asText(null),
                    result.path("errmsg").asText(""));
        }
        return result;
    }

    /**
     * A synchronous read ({@code get}, {@code batch_get}) with the common query parameters, the cached token and
     * {@code parameters} (names and values URL-encoded here); one retry with a fresh token. Answers U8's JSON; a
     * non-zero errcode is a rejection.
     */
    public JsonNode read(String api, String verb, java.util.Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append('&').append(U8TokenCache.encode(name)).append('=').append(U8TokenCache.encode(value)));
        String token = tokens.current();
        JsonNode answer = client.get(readPath(api, verb, token) + query);
        if (isTokenError(answer)) {
            tokens.invalidate(token);
            answer = client.get(readPath(api, verb, tokens.current()) + query);
        }
        if (isTokenError(answer)) {
            throw new ConnectorUnavailableException(U8Connector.SYSTEM, api + "/" + verb + ": token refused after a fresh token", null);
        }
        if (!"0".equals(answer.path("errcode").asText())) {
            throw new ConnectorRejectedException(U8Connector.SYSTEM, 200, answer.path("errcode").asText(null),
                    answer.path("errmsg").asText(""));
        }
        return answer;
    }

    private String readPath(String api, String verb, String token) {
        return "/api/" + api + "/" + verb + "?from_account=" + U8TokenCache.encode(settings.fromAccount())
                + "&to_account=" + U8TokenCache.encode(settings.toAccount())
                + "&app_key=" + U8TokenCache.encode(settings.appKey())
                + "&token=" + U8TokenCache.encode(token)
                + (settings.dsSequence() == null || settings.dsSequence().isBlank() ? "" : "&ds_sequence=" + U8TokenCache.encode(settings.dsSequence()));
    }

    /**
     * Every page of a {@code batch_get} read (UNCONFIRMED paging keys: {@code page_index} from 1, {@code rows_per_page},
     * {@code page_count} in the answer), at most {@code maxPages}: the rows of each page's list.
     */
    public java.util.List<JsonNode> batchGet(String api, java.util.Map<String, String> filter, int rowsPerPage, int maxPages) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        for (int page = 1; page <= maxPages; page++) {
            java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>(filter);
            parameters.put("page_index", Integer.toString(page));
            parameters.put("rows_per_page", Integer.toString(rowsPerPage));
            JsonNode answer = read(api, "batch_get", parameters);
            rows.addAll(rowsOf(answer));
            if (page >= answer.path("page_count").asInt(1)) {
                break;
            }
        }
        return rows;
    }

    /** The answer's list: U8 names it after the voucher kind, so the first array of objects in the answer. */
    private static java.util.List<JsonNode> rowsOf(JsonNode answer) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        for (JsonNode field : answer) {
            if (field.isArray() && (field.isEmpty() || field.get(0).isObject())) {
                field.forEach(rows::add);
                return rows;
            }
        }
        return rows;
    }

    // the final result carries the voucher id, or a non-zero errcode; "0" without an id means still processing (UNCONFIRMED)
    private JsonNode poll(String url) {
        String pathAndQuery = relative(url);
        for (int poll = 0; poll < settings.maxPolls(); poll++) {
            sleep();
            JsonNode result = client.get(pathAndQuery);
            if (result.hasNonNull("id") || !"0".equals(result.path("errcode").asText())) {
                return result;
            }
        }
        throw new ConnectorUnavailableException(U8Connector.SYSTEM, "no result at " + url + " after "
                + settings.maxPolls() + " polls", null);
    }

    private String relative(String url) {
        String base = baseUrl.toString().replaceAll("/$", "");
        if (url.startsWith(base)) {
            return url.substring(base.length());
        }
        if (url.startsWith("/")) {
            return url;
        }
        throw new ConnectorUnavailableException(U8Connector.SYSTEM, "result URL outside the configured gateway: " + url, null);
    }

    private String path(String api, String verb, String bizId, String token) {
        return "/api/" + api + "/" + verb + "?from_account=" + U8TokenCache.encode(settings.fromAccount())
                + "&to_account=" + U8TokenCache.encode(settings.toAccount())
                + "&app_key=" + U8TokenCache.encode(settings.appKey())
                + "&token=" + U8TokenCache.encode(token)
                + "&biz_id=" + U8TokenCache.encode(bizId)
                + (settings.dsSequence() == null || settings.dsSequence().isBlank() ? "" : "&ds_sequence=" + U8TokenCache.encode(settings.dsSequence()));
    }

    private boolean isTokenError(JsonNode answer) {
        return settings.tokenErrorCodes().contains(answer.path("errcode").asText());
    }

    private void sleep() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(U8Connector.SYSTEM, "interrupted while polling", e);
        }
    }
}
