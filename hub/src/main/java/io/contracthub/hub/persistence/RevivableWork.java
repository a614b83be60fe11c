package io.contracthub.hub.persistence;

/**
 * Claimed work whose given-up rows a dead letter can send back: replaying the dead letter makes its row due again
 * with its attempts reset, and the work's own poller takes it from there (claim, backoff, dead letter) as before.
 */
public interface RevivableWork {

    /** The dead letters of this origin name a row of this work by its id ({@link DeadLetter#reference()}). */
    DeadLetter.Origin origin();

    /** Makes the given-up row due now with no attempts; false when it was not given up (never, or already revived). */
    boolean revive(String reference);
}
