package io.contracthub.model;

import java.time.Instant;
import java.util.Collections;
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

    private Contract(String id, long version, ContractTerms terms, Instant termsOccurredAt,
                     Map<Facet, FacetState> facets, Milestone milestone, Set<String> appliedEvidenceKeys,
                     FacetRules rules) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.terms = terms;
        this.termsOccurredAt = termsOccurredAt;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.facets = Collections.unmodifiableMap(withRequiredFlags(facets, rules.requiredFor(terms)));
        this.milestone = milestone;
        this.appliedEvidenceKeys = Collections.unmodifiableSet(new LinkedHashSet<>(appliedEvidenceKeys));
        this.lifecycle = LifecycleDerivation.derive(this.facets, milestone);
        this.tier = ConfidenceDerivation.derive(this.facets);
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

        Map<Facet, FacetState> nextFacets = new EnumMap<>(facets);
        nextFacets.put(evidence.facet(), facets.get(evidence.facet()).after(evidence));

        return new Contract(id, version + 1, nextTerms, nextTermsOccurredAt, nextFacets,
                Milestone.furthest(milestone, evidence.milestone()), keys, rules);
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
