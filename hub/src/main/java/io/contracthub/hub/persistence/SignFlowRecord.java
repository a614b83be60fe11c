package io.contracthub.hub.persistence;

import java.time.Instant;

/** A sign flow the hub asked esign for; {@code signFlowId} is null while the request is in flight. */
public record SignFlowRecord(long id, String contractId, String idempotencyKey, String signFlowId, String state,
                             Instant requestedAt, Instant createdAt, Instant lastCheckedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String CREATED = "CREATED";
    public static final String FINAL = "FINAL";
}
