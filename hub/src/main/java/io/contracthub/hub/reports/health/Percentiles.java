package io.contracthub.hub.reports.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Nearest-rank percentiles and one-decimal percentages, the way the report states them. */
final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile of sorted values (the smallest value at least p % of all are not above). */
    static Long nearestRank(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
