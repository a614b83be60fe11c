package io.contracthub.hub.console.contracts;

import io.contracthub.hub.persistence.ContractListFilter;
import io.contracthub.model.ConfidenceTier;
import io.contracthub.model.LifecycleState;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The contract list's filters as the browser sends them (all optional text). A value that is not one of the allowed
 * ones is dropped rather than refused: a stale bookmark still shows the list.
 */
public record ContractListQuery(String tier, String lifecycle, String region, String rep, String olderThanHours, String q) {

    public ContractListQuery {
        tier = oneOf(tier, ConfidenceTier.values());
        lifecycle = oneOf(lifecycle, LifecycleState.values());
        region = blankToNull(region);
        rep = blankToNull(rep);
        olderThanHours = hours(olderThanHours) == null ? null : olderThanHours.strip();
        q = blankToNull(q);
    }

    public ContractListFilter filter(Instant now) {
        Long hours = hours(olderThanHours);
        return new ContractListFilter(tier, lifecycle, region, rep,
                hours == null ? null : now.minus(Duration.ofHours(hours)), q);
    }

    /** The filters as a query string, for the paging links and the export. */
    public String queryString() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        add(builder, "tier", tier);
        add(builder, "lifecycle", lifecycle);
        add(builder, "region", region);
        add(builder, "rep", rep);
        add(builder, "olderThanHours", olderThanHours);
        add(builder, "q", q);
        String query = builder.build().encode().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static Long hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long hours = Long.parseLong(text.strip());
            return hours >= 0 && hours <= 24 * 365 * 10 ? hours : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String oneOf(String value, Enum<?>[] allowed) {
        return value != null && Arrays.stream(allowed).anyMatch(e -> e.name().equals(value)) ? value : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
