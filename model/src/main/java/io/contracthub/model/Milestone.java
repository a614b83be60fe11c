package io.contracthub.model;

/** Execution milestones reported by the ERP; declaration order is progress order. */
public enum Milestone {
    ORDER_CREATED,
    INVOICE_CREATED,
    PAYMENT_COMPLETED,
    CONTRACT_CLOSED;

    public boolean isFurtherThan(Milestone other) {
        return other == null || compareTo(other) > 0;
    }

    /** The further of two milestones; either may be null. */
    public static Milestone furthest(Milestone a, Milestone b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isFurtherThan(a) ? b : a;
    }
}
