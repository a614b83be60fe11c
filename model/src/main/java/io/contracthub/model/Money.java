package io.contracthub.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The money rule of docs/canonical-contract.md: amounts are held to the fen, rounded half-up. */
final class Money {

    static final int FEN_SCALE = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(FEN_SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    static BigDecimal toFen(BigDecimal amount) {
        return amount.setScale(FEN_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        // Multiply first: dividing by 100 is exact, so the only rounding is the final one to the fen.
        return toFen(amount.multiply(percent).divide(HUNDRED));
    }
}
