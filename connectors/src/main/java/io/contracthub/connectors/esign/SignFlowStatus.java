package io.contracthub.connectors.esign;

import io.contracthub.model.EvidenceOutcome;

import java.util.Arrays;

/**
 * esign's signFlowStatus (an int in the detail API, a string in callbacks) and what each says about the
 * SIGNATURE facet. The callback mapping (mappings/esign/callback.jslt) states the same table for callbacks.
 */
public enum SignFlowStatus {
    DRAFT(0, EvidenceOutcome.PENDING, "draft"),
    SIGNING(1, EvidenceOutcome.PENDING, "signing"),
    COMPLETED(2, EvidenceOutcome.CONFIRMED, "completed"),
    REVOKED(3, EvidenceOutcome.WITHDRAWN, "revoked"),
    EXPIRED(5, EvidenceOutcome.WITHDRAWN, "expired"),
    REJECTED(7, EvidenceOutcome.REJECTS_CONTRACT, "rejected");

    private final int code;
    private final EvidenceOutcome outcome;
    private final String description;

    SignFlowStatus(int code, EvidenceOutcome outcome, String description) {
        this.code = code;
        this.outcome = outcome;
        this.description = description;
    }

    /** @throws IllegalArgumentException for a status esign has not documented */
    public static SignFlowStatus of(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown esign signFlowStatus " + code));
    }

    public int code() {
        return code;
    }

    public EvidenceOutcome outcome() {
        return outcome;
    }

    public String description() {
        return description;
    }

    /** Completed, revoked, expired and rejected flows never change again. */
    public boolean isFinal() {
        return this != DRAFT && this != SIGNING;
    }
}
