package io.contracthub.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which facets a contract needs before it is effective: configuration, not code. */
public final class FacetRules {

    private final Set<Facet> required;
    private final Map<String, Set<Facet>> additionalBySegment;

    public FacetRules(Set<Facet> required, Map<String, Set<Facet>> additionalBySegment) {
        this.required = copy(required);
        Map<String, Set<Facet>> bySegment = new HashMap<>();
        if (additionalBySegment != null) {
            additionalBySegment.forEach((segment, facets) -> bySegment.merge(normalise(segment), copy(facets), FacetRules::union));
        }
        this.additionalBySegment = Collections.unmodifiableMap(bySegment);
    }

    public static FacetRules standard() {
        return new FacetRules(
                EnumSet.of(Facet.COMMERCIAL, Facet.SIGNATURE, Facet.DOWN_PAYMENT, Facet.TECHNICAL_AGREEMENT),
                Map.of("MEDICAL", EnumSet.of(Facet.QUALIFICATION)));
    }

    public Set<Facet> requiredFor(ContractTerms terms) {
        String segment = terms == null || terms.customer() == null ? null : terms.customer().segment();
        Set<Facet> additional = segment == null ? null : additionalBySegment.get(normalise(segment));
        return additional == null ? required : union(required, additional);
    }

    private static String normalise(String segment) {
        return segment == null ? "" : segment.trim().toUpperCase(Locale.ROOT);
    }

    private static Set<Facet> copy(Set<Facet> facets) {
        return facets == null || facets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facets));
    }

    private static Set<Facet> union(Set<Facet> a, Set<Facet> b) {
        EnumSet<Facet> all = EnumSet.noneOf(Facet.class);
        all.addAll(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FacetRules that
                && required.equals(that.required) && additionalBySegment.equals(that.additionalBySegment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(required, additionalBySegment);
    }

    @Override
    public String toString() {
        return "FacetRules[required=" + required + ", additionalBySegment=" + additionalBySegment + "]";
    }
}
