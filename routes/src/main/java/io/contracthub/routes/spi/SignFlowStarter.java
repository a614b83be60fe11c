package io.contracthub.routes.spi;

/** Starts the e-signature of a contract named by a trigger message, at most once per idempotency key. */
@FunctionalInterface
public interface SignFlowStarter {

    /** @throws RuntimeException when it could not be started now; the message is then redelivered */
    void start(String triggerMessageJson, String idempotencyKey);
}
