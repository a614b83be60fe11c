package io.contracthub.simulators.crm;

import java.time.Instant;

/**
 * One delivery of a change event to the hub. A resend is a new delivery of the same event id and body.
 *
 * @param hubStatus   the hub's HTTP status, or {@link #HUB_UNREACHABLE} when no answer came back
 * @param hubResponse the hub's response body, or why it could not be reached
 * @param body        the exact bytes (UTF-8) that were signed and posted
 */
public record SentEvent(String eventId, String contractNumber, String stage, int hubStatus, String hubResponse,
                        Instant sentAt, String body) {

    public static final int HUB_UNREACHABLE = 0;

    public boolean delivered() {
        return hubStatus != HUB_UNREACHABLE;
    }
}
