package io.contracthub.model;

import java.time.Instant;
import java.util.List;

/**
 * A change to signed terms: proposed by some evidence (the CRM, an import, a manual entry), it takes effect only with
 * its own signature or a legal decision. {@code id} is derived from the contract, the signed version and the proposed
 * locked terms,
 * so the same change proposed twice is the same amendment.
 */
public record Amendment(String id, AmendmentStatus status, ContractTerms proposed, List<TermsDifference> differences,
                        String proposedBy, Instant proposedAt, String decidedBy, String decisionReason,
                        Instant decidedAt) {

    public Amendment {
        differences = List.copyOf(differences);
    }

    /** Unique across contracts too: decisions are journalled under {@code <id>:...}, and event ids are unique per source. */
    static String idFor(String contractId, SignedVersion signed, ContractTerms proposed) {
        return "AMD-" + LockedTerms.sha256(contractId + ":" + signed.revision() + ":" + signed.termsHash() + ":"
                + LockedTerms.hash(proposed)).substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    Amendment decided(AmendmentStatus outcome, String by, String reason, Instant at) {
        return new Amendment(id, outcome, proposed, differences, proposedBy, proposedAt, by, reason, at);
    }

    public boolean isPending() {
        return status == AmendmentStatus.PENDING;
    }
}
