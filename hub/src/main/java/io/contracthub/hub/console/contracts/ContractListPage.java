package io.contracthub.hub.console.contracts;

import io.contracthub.hub.console.Elapsed;
import io.contracthub.hub.persistence.ContractListRow;
import io.contracthub.model.ConfidenceTier;
import io.contracthub.model.LifecycleState;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Everything the contracts page shows: the tier counts, one page of the filtered list, and the filter choices. */
public record ContractListPage(List<TierCount> tierCounts, List<Line> lines, ContractListQuery query, long total,
                               int page, int pages, List<String> regions, List<String> reps) {

    public static final List<String> TIERS = Arrays.stream(ConfidenceTier.values()).map(Enum::name).toList();
    public static final List<String> LIFECYCLES = Arrays.stream(LifecycleState.values()).map(Enum::name).toList();

    public List<String> tiers() {
        return TIERS;
    }

    public List<String> lifecycles() {
        return LIFECYCLES;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    static List<TierCount> tierCounts(Map<String, Long> counts) {
        return TIERS.stream().map(tier -> new TierCount(tier, counts.getOrDefault(tier, 0L))).toList();
    }

    public record TierCount(String tier, long count) {
    }

    public record Line(String id, String tier, String lifecycle, String contractNumber, String customer, String region,
                       String rep, BigDecimal gross, Elapsed inState) {

        static Line of(ContractListRow row, java.time.Instant now) {
            return new Line(row.id(), row.tier(), row.lifecycle(), row.contractNumber(), row.customerName(), row.region(),
                    row.salesRep(), row.grossAmount(), Elapsed.between(row.lifecycleSince(), now));
        }
    }
}
