package io.contracthub.routes.spi;

/**
 * Turns one inbox message into evidence: journal entry, new projection, the trigger messages the
 * transition fires and the inbox row marked processed, all in one database transaction.
 */
public interface EvidenceRecorder {

    void recordFromInbox(InboxItem item);
}
