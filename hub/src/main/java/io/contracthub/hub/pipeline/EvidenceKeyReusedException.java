package io.contracthub.hub.pipeline;

/** A caller's request id that already made a journal entry, sent again with a different body. */
public class EvidenceKeyReusedException extends RuntimeException {

    public EvidenceKeyReusedException(String sourceEventId) {
        super("Evidence " + sourceEventId + " was already recorded with a different body");
    }
}
