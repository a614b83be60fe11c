package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.http.JsonHttpClient;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Calls a DynamicFormService method in the positional envelope {@code {"parameters":[formId, data]}} with the
 * session; when Kingdee answers session-lost, logs in again and sends the call once more.
 */
public final class KingdeeWebApi {

    private static final String PATH = "/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.%s.common.kdsvc";

    private final JsonHttpClient client;
    private final KingdeeSession session;
    private final String sessionLostText;

    public KingdeeWebApi(JsonHttpClient client, KingdeeSession session, String sessionLostText) {
        this.client = client;
        this.session = session;
        this.sessionLostText = sessionLostText;
    }

    /** Answers the raw answer and its status (read by {@code status}, which differs for ExecuteBillQuery). */
    public Answer call(String method, String formId, Object data, Function<JsonNode, KingdeeResponseStatus> status) {
        String usedSession = session.current();
        JsonNode answer = client.post(PATH.formatted(method), Map.of("parameters", List.of(formId, data)));
        KingdeeResponseStatus read = status.apply(answer);
        if (!read.success() && read.mentions(sessionLostText)) {
            session.renew(usedSession);
            answer = client.post(PATH.formatted(method), Map.of("parameters", List.of(formId, data)));
            read = status.apply(answer);
        }
        return new Answer(answer, read);
    }

    public record Answer(JsonNode body, KingdeeResponseStatus status) {
    }
}
