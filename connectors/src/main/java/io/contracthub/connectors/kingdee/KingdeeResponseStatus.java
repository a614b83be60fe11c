package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Result.ResponseStatus} of a Kingdee WebAPI answer: success iff IsSuccess is true; the documents in
 * SuccessEntitys (sic); the errors as Kingdee words them, with the field they concern.
 */
public record KingdeeResponseStatus(boolean success, String errorCode, List<String> errors, List<String> numbers) {

    public static KingdeeResponseStatus of(JsonNode answer) {
        JsonNode status = answer.path("Result").path("ResponseStatus");
        List<String> errors = new ArrayList<>();
        for (JsonNode error : status.path("Errors")) {
            String field = error.path("FieldName").asText("");
            errors.add(field.isBlank() ? error.path("Message").asText() : field + ": " + error.path("Message").asText());
        }
        List<String> numbers = new ArrayList<>();
        for (JsonNode entity : status.path("SuccessEntitys")) {
            numbers.add(entity.path("Number").asText());
        }
        if (status.isMissingNode()) {
            errors.add("the answer has no Result.ResponseStatus");
        }
        return new KingdeeResponseStatus(status.path("IsSuccess").asBoolean(false), status.path("ErrorCode").asText(null),
                List.copyOf(errors), List.copyOf(numbers));
    }

    /** ExecuteBillQuery answers rows, or on failure {@code [[{"Result":{"ResponseStatus":...}}]]}. */
    public static KingdeeResponseStatus ofQuery(JsonNode rows) {
        JsonNode first = rows.path(0).path(0);
        if (first.isObject() && first.has("Result")) {
            return of(first);
        }
        return new KingdeeResponseStatus(rows.isArray(), null, rows.isArray() ? List.of() : List.of("the query answer is not an array"), List.of());
    }

    public String message() {
        return String.join("; ", errors);
    }

    public boolean mentions(String text) {
        return errors.stream().anyMatch(error -> error.contains(text));
    }
}
