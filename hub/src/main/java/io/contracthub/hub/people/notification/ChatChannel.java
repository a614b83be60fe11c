package io.contracthub.hub.people.notification;

import java.util.List;

/** One way to reach people (a WeCom app, a DingTalk app). Failures arrive as ConnectorExceptions. */
public interface ChatChannel {

    String name();

    /** Sends a markdown notice; answers the vendor's message or task id. */
    String send(List<String> userIds, String title, String markdown);

    /**
     * Sends a notice people answer with one click of {@code card}'s buttons. A channel without interactive cards sends
     * the markdown, which lists the same answers as replies.
     */
    default String sendCard(List<String> userIds, String title, String markdown, ChoiceCard card) {
        return send(userIds, title, markdown);
    }
}
