package io.contracthub.model;

public enum FacetStatus {
    OPEN,
    PENDING,
    CLOSED,
    FAILED
}
