package io.contracthub.hub.people.notification;

import java.util.List;

/** One way to reach people (a WeCom app, a DingTalk app). Failures arrive as ConnectorExceptions. */
public interface ChatChannel {

    String name();

    /** Sends a markdown notice; answers the vendor's message or task id. */
    String send(List<String> userIds, String title, String markdown);
}
