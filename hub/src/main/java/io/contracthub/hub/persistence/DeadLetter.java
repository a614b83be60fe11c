package io.contracthub.hub.persistence;

import java.time.Instant;

/** A message that could not be processed: what it was, where it was going, and why it stopped. */
public record DeadLetter(long id, Origin origin, String destination, String reference, String contractId, String reason,
                         String payload, Instant createdAt, int replayCount, Instant replayedAt, Instant resolvedAt,
                         String resolvedBy) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    /**
     * Where it came from: the inbox, a queue (the broker gave up), or a row of other claimed work (a notification, a
     * HIS check, a voucher's OCR recognition, a sign flow's reconciliation). At most 16 characters (the column).
     */
    public enum Origin { INBOX, QUEUE, NOTIFICATION, HIS_CHECK, OCR, SIGN_FLOW }
}
