package io.contracthub.simulators.people;

import java.time.Instant;
import java.util.List;

/**
 * One message a chat simulator accepted (its journal). {@code dropped}: accepted with "ok" but not delivered, because
 * a vendor rate limit was exceeded, exactly as the vendors do.
 */
public record ReceivedMessage(Instant receivedAt, String channel, List<String> toUsers, String msgType, String title,
                              String content, String vendorId, boolean dropped) {
}
