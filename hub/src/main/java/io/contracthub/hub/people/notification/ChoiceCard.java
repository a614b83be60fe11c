package io.contracthub.hub.people.notification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A notice people answer with one click: sent as a WeCom template card (button_interaction) or a DingTalk interactive
 * card where the channel can, else as the notice's markdown alone (which lists the same answers as replies). Each
 * button's key is exactly the reply text the chat mappings already understand, so a click comes back through the
 * existing encrypted callback like a reply. {@code taskId} names the card (WeCom task_id, DingTalk outTrackId): letters,
 * digits and _-@, unique per notice.
 */
public record ChoiceCard(String taskId, List<Button> buttons) {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_@-]{1,128}");

    public record Button(String key, String text) {
    }

    public ChoiceCard {
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw new IllegalArgumentException("a card's task id is 1 to 128 letters, digits or _-@");
        }
        if (buttons == null || buttons.isEmpty() || buttons.size() > 6) {
            // WeCom's button_interaction card holds at most six buttons
            throw new IllegalArgumentException("a card has 1 to 6 buttons");
        }
        buttons = List.copyOf(buttons);
    }
}
