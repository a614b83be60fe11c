package io.contracthub.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable projection of a contract's evidence journal. Lifecycle and tier are derived on
 * construction and can never be set.
 */
public final class Contract {

    private final String id;
    private final long version;
    private final ContractTerms terms;
    // When the held terms were stated; used only to reject stale terms, so it is not part of equality.
    private final Instant termsOccurredAt;
    private final Map<Facet, FacetState> facets;
    private final Milestone milestone;
    private final Set<String> appliedEvidenceKeys;
    private final FacetRules rules;
    private final LifecycleState lifecycle;
    private final ConfidenceTier tier;
    private final Signing signing;

    private Contract(String id, long version, ContractTerms terms, Instant termsOccurredAt,
                     Map<Facet, FacetState> facets, Milestone milestone, Set<String> appliedEvidenceKeys,
                     FacetRules rules) {
        this(id, version, terms, termsOccurredAt, facets, milestone, appliedEvidenceKeys, rules, Signing.NONE);
    }

    private Contract(String id, long version, ContractTerms terms, Instant termsOccurredAt,
                     Map<Facet, FacetState> facets, Milestone milestone, Set<String> appliedEvidenceKeys,
                     FacetRules rules, Signing signing) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.terms = terms;
        this.termsOccurredAt = termsOccurredAt;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.facets = Collections.unmodifiableMap(withRequiredFlags(facets, rules.requiredFor(terms)));
        this.milestone = milestone;
        this.appliedEvidenceKeys = Collections.unmodifiableSet(new LinkedHashSet<>(appliedEvidenceKeys));
        this.lifecycle = LifecycleDerivation.derive(this.facets, milestone);
        this.signing = signing;
        this.tier = ConfidenceDerivation.derive(this.facets, pendingAmendment() != null);
    }

    /**
     * What the signature locked: the signed version, every amendment proposed since, and the hash of the signed
     * document when it was journalled before the signature was confirmed.
     */
    private record Signing(SignedVersion signed, List<Amendment> amendments, String documentHash) {

        static final Signing NONE = new Signing(null, List.of(), null);

        Signing {
            amendments = List.copyOf(amendments);
        }

        Amendment pending() {
            return amendments.isEmpty() || !amendments.get(amendments.size() - 1).isPending() ? null
                    : amendments.get(amendments.size() - 1);
        }

        Signing with(SignedVersion nextSigned) {
            return new Signing(nextSigned, amendments, documentHash);
        }

        Signing withLast(Amendment replacement) {
            List<Amendment> next = new ArrayList<>(amendments);
            next.set(next.size() - 1, replacement);
            return new Signing(signed, next, documentHash);
        }

        Signing plus(Amendment added) {
            List<Amendment> next = new ArrayList<>(amendments);
            next.add(added);
            return new Signing(signed, next, documentHash);
        }
    }

    public static Contract empty(String id, FacetRules rules) {
        return new Contract(id, 0, null, null, new EnumMap<>(Facet.class), null, Set.of(), rules);
    }

    /**
     * Rebuilds a contract from its stored columns. Facets missing from {@code facets} start OPEN, and
     * the required flags are recomputed from {@code rules}, as {@link #apply} would.
     */
    public static Contract restore(String id, long version, ContractTerms terms, Map<Facet, FacetState> facets,
                                   Milestone milestone, Set<String> appliedEvidenceKeys, FacetRules rules) {
        return restore(id, version, terms, latestOccurredAt(facets), facets, milestone, appliedEvidenceKeys, rules);
    }

    /** As {@link #restore(String, long, ContractTerms, Map, Milestone, Set, FacetRules)}, for stores that keep {@link #termsOccurredAt()}. */
    public static Contract restore(String id, long version, ContractTerms terms, Instant termsOccurredAt,
                                   Map<Facet, FacetState> facets, Milestone milestone,
                                   Set<String> appliedEvidenceKeys, FacetRules rules) {
        return new Contract(id, version, terms, terms == null ? null : termsOccurredAt,
                facets == null ? Map.of() : facets, milestone,
                appliedEvidenceKeys == null ? Set.of() : appliedEvidenceKeys, rules);
    }

    /** Returns a new contract one version on, or {@code this} when the evidence was applied before. */
    public Contract apply(Evidence evidence) {
        return apply(evidence, null);
    }

    /**
     * As {@link #apply(Evidence)}; {@code attachmentRef} is the journal entry's attachment: a SIGNATURE evidence's
     * {@code signed-document:sha256:<hex>} names the signed document, which the signed version then carries.
     */
    public Contract apply(Evidence evidence, String attachmentRef) {
        Objects.requireNonNull(evidence, "evidence");
        if (hasApplied(evidence.key())) {
            return this;
        }
        Set<String> keys = new LinkedHashSet<>(appliedEvidenceKeys);
        keys.add(evidence.key());

        boolean newerTerms = evidence.terms() != null
                && (termsOccurredAt == null || !evidence.occurredAt().isBefore(termsOccurredAt));
        ContractTerms nextTerms = newerTerms ? evidence.terms() : terms;
        Instant nextTermsOccurredAt = newerTerms ? evidence.occurredAt() : termsOccurredAt;
        Signing nextSigning = signing;
        if (newerTerms && signing.signed() != null) {
            // signed terms are locked: a change to them is proposed as an amendment, the rest is applied
            nextSigning = proposed(evidence);
            nextTerms = LockedTerms.keepLocked(evidence.terms(), terms);
        }

        Map<Facet, FacetState> nextFacets = new EnumMap<>(facets);
        nextFacets.put(evidence.facet(), facets.get(evidence.facet()).after(asFacetEvidence(evidence)));
        boolean signedBefore = LifecycleDerivation.isClosed(facets, Facet.SIGNATURE);
        boolean signedAfter = LifecycleDerivation.isClosed(nextFacets, Facet.SIGNATURE);

        nextSigning = withDocument(nextSigning, evidence, attachmentRef);
        if (!signedAfter) {
            // a withdrawn signature unlocks the terms: the CRM is their source again until the next signature
            nextSigning = new Signing(null, List.of(), signedBefore ? null : nextSigning.documentHash());
        } else if (nextSigning.signed() == null && nextTerms != null) {
            nextSigning = nextSigning.with(SignedVersion.of(0, nextTerms, evidence, nextSigning.documentHash(), null));
        }
        if (evidence.facet() == Facet.AMENDMENT && nextSigning.pending() != null) {
            Amendment pending = nextSigning.pending();
            AmendmentStatus outcome = decision(evidence, pending);
            if (outcome != null) {
                nextSigning = nextSigning.withLast(pending.decided(outcome, decider(evidence), evidence.reason(),
                        evidence.occurredAt()));
                if (outcome.tookEffect()) {
                    nextTerms = LockedTerms.withLockedOf(nextTerms, pending.proposed());
                    SignedVersion previous = nextSigning.signed();
                    nextSigning = nextSigning.with(SignedVersion.of(previous.revision() + 1, nextTerms, evidence,
                            null, pending.id()));
                }
            }
        }

        return new Contract(id, version + 1, nextTerms, nextTermsOccurredAt, nextFacets,
                Milestone.furthest(milestone, evidence.milestone()), keys, rules, nextSigning);
    }

    /** An amendment's decision never ends the contract: on the AMENDMENT facet a refusal is recorded as FAILED. */
    private static Evidence asFacetEvidence(Evidence evidence) {
        if (evidence.facet() != Facet.AMENDMENT || (evidence.outcome() != EvidenceOutcome.REJECTS_CONTRACT
                && evidence.outcome() != EvidenceOutcome.VOIDS_CONTRACT)) {
            return evidence;
        }
        return new Evidence(evidence.facet(), EvidenceOutcome.FAILED, evidence.sourceSystem(), evidence.sourceEventId(),
                evidence.occurredAt(), evidence.actor(), evidence.reason(), evidence.milestone(), evidence.terms());
    }

    /** A change of the locked terms after signature: a new pending amendment, unless it is the one already pending. */
    private Signing proposed(Evidence evidence) {
        SignedVersion signed = signing.signed();
        Amendment pending = signing.pending();
        List<TermsDifference> differences = LockedTerms.differences(signed.terms(), evidence.terms());
        if (differences.isEmpty()) {
            return pending == null ? signing : signing.withLast(pending.decided(AmendmentStatus.SUPERSEDED,
                    evidence.key(), "the source went back to the signed terms", evidence.occurredAt()));
        }
        String amendmentId = Amendment.idFor(id, signed, evidence.terms());
        if (pending != null && pending.id().equals(amendmentId)) {
            return signing;
        }
        Signing base = pending == null ? signing : signing.withLast(pending.decided(AmendmentStatus.SUPERSEDED,
                evidence.key(), "replaced by a later change", evidence.occurredAt()));
        return base.plus(new Amendment(amendmentId, AmendmentStatus.PENDING, evidence.terms(), differences,
                evidence.key(), evidence.occurredAt(), null, null, null));
    }

    /**
     * AMENDMENT evidence decides the pending amendment its source event id names ({@code <amendment id>:...}):
     * CONFIRMED puts it into effect (SIGNED from esign, else APPROVED), FAILED or WITHDRAWN rejects it, PENDING
     * (a sign flow started) decides nothing.
     */
    private static AmendmentStatus decision(Evidence evidence, Amendment pending) {
        if (!evidence.sourceEventId().startsWith(pending.id() + ":")) {
            return null;
        }
        return switch (evidence.outcome()) {
            case CONFIRMED -> "esign".equals(evidence.sourceSystem()) ? AmendmentStatus.SIGNED : AmendmentStatus.APPROVED;
            case FAILED, WITHDRAWN, REJECTS_CONTRACT, VOIDS_CONTRACT -> AmendmentStatus.REJECTED;
            case PENDING -> null;
        };
    }

    private static String decider(Evidence evidence) {
        return evidence.actor() != null ? evidence.actor() : evidence.key();
    }

    private static Signing withDocument(Signing current, Evidence evidence, String attachmentRef) {
        if (evidence.facet() != Facet.SIGNATURE || attachmentRef == null || !attachmentRef.startsWith(SIGNED_DOCUMENT_PREFIX)) {
            return current;
        }
        String hash = attachmentRef.substring(SIGNED_DOCUMENT_PREFIX.length());
        Signing withHash = new Signing(current.signed(), current.amendments(), hash);
        return current.signed() == null ? withHash : withHash.with(current.signed().withDocumentHash(hash));
    }

    /** How a SIGNATURE evidence's attachment names the signed document (agreed with the signed-document journal). */
    public static final String SIGNED_DOCUMENT_PREFIX = "signed-document:sha256:";

    /** The terms as last signed, or null before signature (and after a withdrawn one). */
    public SignedVersion signedVersion() {
        return signing.signed();
    }

    /** Every amendment proposed since the signature, oldest first. */
    public List<Amendment> amendments() {
        return signing.amendments();
    }

    /** The amendment waiting for its signature or a legal decision, or null. */
    public Amendment pendingAmendment() {
        return signing.pending();
    }

    /** Why the tier is lower than the facets alone would make it, or null. */
    public String tierReason() {
        Amendment pending = pendingAmendment();
        return pending == null ? null : "amendment " + pending.id() + " pending: " + pending.differences().size()
                + " signed field(s) changed after signature; waiting for its signature or a legal decision";
    }

    public boolean hasApplied(String evidenceKey) {
        return appliedEvidenceKeys.contains(evidenceKey);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ContractTerms terms() {
        return terms;
    }

    public Instant termsOccurredAt() {
        return termsOccurredAt;
    }

    public Map<Facet, FacetState> facets() {
        return facets;
    }

    public LifecycleState lifecycle() {
        return lifecycle;
    }

    public ConfidenceTier tier() {
        return tier;
    }

    public Milestone milestone() {
        return milestone;
    }

    public Set<String> appliedEvidenceKeys() {
        return appliedEvidenceKeys;
    }

    public FacetRules rules() {
        return rules;
    }

    private static Map<Facet, FacetState> withRequiredFlags(Map<Facet, FacetState> facets, Set<Facet> required) {
        Map<Facet, FacetState> result = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetState state = facets.get(facet);
            boolean isRequired = required.contains(facet);
            result.put(facet, state == null ? FacetState.open(facet, isRequired) : state.withRequired(isRequired));
        }
        return result;
    }

    /*
     * The stored columns do not say when the held terms were stated. The newest evidence on any facet
     * is an upper bound for it, so a restored contract may refuse terms that were in fact newer than
     * its own, but it never accepts terms older than the ones it holds.
     */
    private static Instant latestOccurredAt(Map<Facet, FacetState> facets) {
        if (facets == null) {
            return null;
        }
        return facets.values().stream()
                .map(FacetState::lastOccurredAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
    }

    /** Equality covers everything a store persists; lifecycle and tier follow from it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contract that
                && version == that.version
                && id.equals(that.id)
                && Objects.equals(terms, that.terms)
                && facets.equals(that.facets)
                && milestone == that.milestone
                && appliedEvidenceKeys.equals(that.appliedEvidenceKeys)
                && lifecycle == that.lifecycle
                && tier == that.tier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, terms, facets, milestone, appliedEvidenceKeys);
    }

    @Override
    public String toString() {
        return "Contract[id=" + id + ", version=" + version + ", lifecycle=" + lifecycle + ", tier=" + tier
                + ", milestone=" + milestone + ", facets=" + facets.values() + ", appliedEvidenceKeys="
                + appliedEvidenceKeys + ", terms=" + terms + "]";
    }
}
