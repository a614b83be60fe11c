package io.contracthub.model;

/** Where a proposed change to signed terms stands. */
public enum AmendmentStatus {
    /** Waiting for its own signature or a legal decision; the signed terms still hold. */
    PENDING,
    /** Took effect by its own esign signature. */
    SIGNED,
    /** Took effect by a manual legal decision. */
    APPROVED,
    /** Refused (by legal, or its sign flow was rejected, revoked or expired); the signed terms stay. */
    REJECTED,
    /** Replaced by a later change before it was decided, or the source went back to the signed terms. */
    SUPERSEDED;

    public boolean tookEffect() {
        return this == SIGNED || this == APPROVED;
    }
}
