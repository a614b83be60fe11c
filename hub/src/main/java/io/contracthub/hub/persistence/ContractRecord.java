package io.contracthub.hub.persistence;

import java.time.Instant;

/** A contract row: its projection as stored for reads (the journal stays the source of truth). */
public record ContractRecord(String id, String contractNumber, long version, String lifecycle, String tier,
                             String viewJson, Instant updatedAt) {
}
