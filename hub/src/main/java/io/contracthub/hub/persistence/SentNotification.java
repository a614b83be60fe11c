package io.contracthub.hub.persistence;

import java.time.Instant;

/** A notice to people about a contract, as the people_notification table has it. */
public record SentNotification(String event, String channel, String recipients, String title, String status,
                               Instant createdAt, Instant sentAt, String lastError) {
}
