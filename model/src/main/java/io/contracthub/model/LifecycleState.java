package io.contracthub.model;

public enum LifecycleState {
    DRAFT,
    CLAIMED_BY_SALES,
    SIGNED,
    EFFECTIVE,
    FULFILLING,
    INVOICED,
    PAID,
    CLOSED,
    VOIDED,
    REJECTED
}
