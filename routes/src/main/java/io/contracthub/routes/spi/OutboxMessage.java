package io.contracthub.routes.spi;

/** A committed trigger message waiting to be published to the broker; trigger and contract number are for the log. */
public record OutboxMessage(long id, String contractId, String contractNumber, String trigger, String destination,
                           String idempotencyKey, String payload) {
}
