package io.contracthub.model;

import java.time.Instant;

/**
 * The terms as signed: {@code revision} 0 is the contract's own signature, each amendment that took effect adds one.
 * {@code termsHash} is {@link LockedTerms#hash} of {@code terms}; {@code signedBy} the evidence key that signed it
 * ({@code esign:SIGN_FLOW_COMPLETE:<flow>:2}, a manual confirmation, a legal decision); {@code documentHash} the
 * SHA-256 of the signed PDF once journalled ({@code signed-document:sha256:<hex>}); {@code amendmentId} the amendment
 * this revision put into effect (null for revision 0).
 */
public record SignedVersion(int revision, ContractTerms terms, String termsHash, String signedBy, Instant signedAt,
                            String documentHash, String amendmentId) {

    static SignedVersion of(int revision, ContractTerms terms, Evidence evidence, String documentHash, String amendmentId) {
        return new SignedVersion(revision, terms, LockedTerms.hash(terms), evidence.key(), evidence.occurredAt(),
                documentHash, amendmentId);
    }

    SignedVersion withDocumentHash(String hash) {
        return new SignedVersion(revision, terms, termsHash, signedBy, signedAt, hash, amendmentId);
    }
}
