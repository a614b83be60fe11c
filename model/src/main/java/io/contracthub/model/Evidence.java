package io.contracthub.model;

import java.time.Instant;
import java.util.Objects;

/** One source system's statement about one facet of a contract, as recorded in the journal. */
public record Evidence(Facet facet, EvidenceOutcome outcome, String sourceSystem, String sourceEventId,
                       Instant occurredAt, String actor, String reason, Milestone milestone, ContractTerms terms) {

    public static final String CRM = "crm";
    /** A contract register imported into the hub: what sales and finance wrote down, like the CRM. */
    public static final String IMPORT = "import";

    public Evidence {
        // These take part in dedup and ordering; without them apply() cannot decide anything.
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The dedup key: a source never reuses an event id, but two sources may. */
    public String key() {
        return sourceSystem + ":" + sourceEventId;
    }

    /** Sales' own word (the CRM, or the register it kept before) is a claim, not independent evidence. */
    public boolean independent() {
        return !CRM.equals(sourceSystem) && !IMPORT.equals(sourceSystem);
    }
}
