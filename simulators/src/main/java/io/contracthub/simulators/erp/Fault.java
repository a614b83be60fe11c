package io.contracthub.simulators.erp;

/** What a simulated ERP can do to one request instead of answering it normally; WireMock carries it out. */
public enum Fault {
    /** Answers normally: a placeholder that lets a {@link FaultPlan#failNext} sequence hit a later request. */
    NONE,
    /** Answers normally, but only after the plan's slow delay. */
    SLOW,
    /** Answers 503 without processing. */
    SERVER_ERROR,
    /** Closes the connection without processing or answering. */
    RESET,
    /** Processes the request (a document may be created), then closes the connection: the caller never learns it. */
    LOSE_RESPONSE,
    /** Processes the request, then answers 200 with a garbled chunked body and closes: the caller cannot read it. */
    MALFORMED
}
