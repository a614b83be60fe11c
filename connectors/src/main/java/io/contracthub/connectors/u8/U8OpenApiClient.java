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
     * A {@code batch_get} query (UNCONFIRMED path and paging keys: {@code page_index} from 1, {@code rows_per_page},
     * {@code page_count} in the answer): every page's {@code api} array, with the caller's extra query parameters
     * (already encoded). A token refusal fetches a new token and asks once more.
     */
    public java.util.List<JsonNode> batchGet(String api, String extraQuery, int rowsPerPage, int maxPages) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        for (int page = 1; page <= maxPages; page++) {
            String token = tokens.current();
            JsonNode answer = client.get(listPath(api, token, page, rowsPerPage, extraQuery));
            if (isTokenError(answer)) {
                tokens.invalidate(token);
                answer = client.get(listPath(api, tokens.current(), page, rowsPerPage, extraQuery));
            }
            if (!"0".equals(answer.path("errcode").asText())) {
                throw new ConnectorRejectedException(U8Connector.SYSTEM, 200, answer.path("errcode").asText(null),
                        answer.path("errmsg").asText(""));
            }
            answer.path(api).forEach(rows::add);
            if (page >= answer.path("page_count").asInt(1)) {
                break;
            }
        }
        return rows;
    }

    private String listPath(String api, String token, int page, int rowsPerPage, String extraQuery) {
        return "/api/" + api + "/batch_get?from_account=" + U8TokenCache.encode(settings.fromAccount())
                + "&to_account=" + U8TokenCache.encode(settings.toAccount())
                + "&app_key=" + U8TokenCache.encode(settings.appKey())
                + "&token=" + U8TokenCache.encode(token)
                + "&page_index=" + page + "&rows_per_page=" + rowsPerPage
                + (settings.dsSequence() == null || settings.dsSequence().isBlank() ? "" : "&ds_sequence=" + U8TokenCache.encode(settings.dsSequence()))
                + (extraQuery == null || extraQuery.isEmpty() ? "" : "&" + extraQuery);
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
