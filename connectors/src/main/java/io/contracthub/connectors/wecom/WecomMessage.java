package io.contracthub.connectors.wecom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An app message (message/send): to whom, and one of text, markdown or textcard. */
public record WecomMessage(List<String> toUsers, String msgType, Map<String, String> content) {

    public static WecomMessage text(List<String> toUsers, String text) {
        return new WecomMessage(toUsers, "text", Map.of("content", text));
    }

    public static WecomMessage markdown(List<String> toUsers, String markdown) {
        return new WecomMessage(toUsers, "markdown", Map.of("content", markdown));
    }

    public static WecomMessage textCard(List<String> toUsers, String title, String description, String url) {
        Map<String, String> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("description", description);
        card.put("url", url);
        card.put("btntxt", "Details");
        return new WecomMessage(toUsers, "textcard", card);
    }

    public WecomMessage {
        if (toUsers == null || toUsers.isEmpty()) {
            throw new IllegalArgumentException("a WeCom message needs at least one recipient");
        }
        toUsers = List.copyOf(toUsers);
        content = Map.copyOf(content);
    }

    /**
     * The request body. Duplicate check on: if the hub crashes between sending and recording that it sent, the
     * resend within the interval is dropped by WeCom itself.
     */
    Map<String, Object> body(long agentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", String.join("|", toUsers));
        body.put("msgtype", msgType);
        body.put("agentid", agentId);
        body.put(msgType, content);
        body.put("enable_duplicate_check", 1);
        body.put("duplicate_check_interval", 1800);
        return body;
    }
}
