package io.contracthub.hub.document;

import java.util.Optional;

/**
 * Where signed contract PDFs are kept, by their SHA-256 (lowercase hex): storing the same bytes twice keeps one copy.
 * The filesystem store is the one implemented; an S3-compatible one would implement the same two calls.
 */
public interface SignedDocumentStore {

    /** Keeps the bytes (durably, before answering) and answers their SHA-256. */
    String put(byte[] pdf);

    Optional<byte[]> get(String sha256);
}
