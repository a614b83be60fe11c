package io.contracthub.connectors.wecom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An app message (message/send): to whom, and one of text, markdown, textcard or template_card. */
public record WecomMessage(List<String> toUsers, String msgType, Map<String, Object> content) {

    public static WecomMessage text(List<String> toUsers, String text) {
        return new WecomMessage(toUsers, "text", Map.of("content", text));
    }

    public static WecomMessage markdown(List<String> toUsers, String markdown) {
        return new WecomMessage(toUsers, "markdown", Map.of("content", markdown));
    }

    public static WecomMessage textCard(List<String> toUsers, String title, String description, String url) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("description", description);
        card.put("url", url);
        card.put("btntxt", "Details");
        return new WecomMessage(toUsers, "textcard", card);
    }

    /** A button of a template card: its text, and the key WeCom sends back as EventKey when it is clicked. */
    public record Button(String key, String text) {
    }

    /**
     * A template card of type button_interaction: a title, a description and up to six buttons. A click comes back to
     * the app's callback URL as the encrypted event template_card_event with the button's key (EventKey) and the card's
     * {@code taskId} (TaskId; unique per app, letters, digits and _-@).
     */
    public static WecomMessage buttonCard(List<String> toUsers, String title, String description, String taskId,
                                          List<Button> buttons) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("card_type", "button_interaction");
        card.put("main_title", Map.of("title", title, "desc", description));
        card.put("task_id", taskId);
        card.put("button_list", buttons.stream().map(button -> Map.of("text", button.text(), "style", 1, "key", button.key()))
                .toList());
        return new WecomMessage(toUsers, "template_card", card);
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
