package io.contracthub.routes.spi;

/** The queue of HIS deep checks of medical customers' qualifications. */
public interface QualificationChecks {

    /** Runs the checks that are due; the HIS being down reschedules them with backoff. Answers how many completed. */
    int runDue();
}
