package io.contracthub.routes.spi;

/** Fetches and keeps the signed copies of completed sign flows the hub has not stored yet. */
@FunctionalInterface
public interface SignedDocumentFetch {

    /** @return how many completed flows were looked at */
    int fetchCompleted();
}
