package io.contracthub.hub.persistence;

import java.time.Instant;

/** The signed copy of one completed sign flow, kept in the signed document store under {@code sha256}. */
public record SignedDocumentRecord(String signFlowId, String contractId, String sha256, long sizeBytes, String fileName,
                                   Instant storedAt) {

    /** The journal's attachment reference for this document (the amendments read the hash from it). */
    public String attachmentRef() {
        return "signed-document:sha256:" + sha256;
    }
}
