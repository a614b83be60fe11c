package io.contracthub.hub.api;

import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.model.Milestone;

import java.time.Instant;

/**
 * Evidence recorded by an authorised operator (finance, legal): who, why, and where the proof is filed.
 * requestId makes a retried POST idempotent.
 */
public record ManualEvidenceRequest(Facet facet, EvidenceOutcome outcome, String actor, String reason,
                                    String attachmentRef, Instant occurredAt, Milestone milestone, String requestId) {
}
