package io.contracthub.routes.spi;

/** Queries the sign flows whose final callback is overdue and records what the query says. */
@FunctionalInterface
public interface OverdueSignFlowCheck {

    /** Answers how many flows were looked at. */
    int reconcileOverdue();
}
