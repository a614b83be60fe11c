package io.contracthub.routes.spi;

/** A committed trigger message waiting to be published to the broker. */
public record OutboxMessage(long id, String contractId, String destination, String idempotencyKey, String payload) {
}
