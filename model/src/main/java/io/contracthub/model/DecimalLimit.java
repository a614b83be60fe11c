package io.contracthub.model;

import java.math.BigDecimal;

/**
 * How large and how precise a decimal term may be. Without it a sender's {@code 1e999} or a price with forty decimals
 * would be accepted, and only fail later where the value is serialised, stored or sent to an ERP.
 *
 * @param min         the smallest allowed value
 * @param minIncluded whether {@code min} itself is allowed
 * @param max         the largest allowed value
 * @param maxIncluded whether {@code max} itself is allowed
 * @param maxDecimals decimals that may be significant; trailing zeros do not count ({@code 0.1300} has 2)
 */
record DecimalLimit(BigDecimal min, boolean minIncluded, BigDecimal max, boolean maxIncluded, int maxDecimals) {

    // ~48 digits, far beyond any valid term; checked first because the other checks cost time in the number of digits
    private static final int MAX_UNSCALED_BITS = 160;

    static DecimalLimit between(String min, boolean minIncluded, String max, boolean maxIncluded, int maxDecimals) {
        return new DecimalLimit(new BigDecimal(min), minIncluded, new BigDecimal(max), maxIncluded, maxDecimals);
    }

    /** Whether {@code value} (not null) lies in the range with no more than the allowed decimals. */
    boolean admits(BigDecimal value) {
        if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            return false;
        }
        int fromMin = value.compareTo(min);
        int toMax = value.compareTo(max);
        return (minIncluded ? fromMin >= 0 : fromMin > 0)
                && (maxIncluded ? toMax <= 0 : toMax < 0)
                && (value.scale() <= maxDecimals || value.stripTrailingZeros().scale() <= maxDecimals);
    }

    /** The rule as a sentence for a violation, e.g. "must be greater than 0 and at most 1000000000, with at most 4 decimals". */
    String describe() {
        return "must be " + (minIncluded ? "at least " : "greater than ") + min.toPlainString()
                + " and " + (maxIncluded ? "at most " : "less than ") + max.toPlainString()
                + ", with at most " + maxDecimals + " decimals";
    }
}
