package io.contracthub.model;

import java.math.BigDecimal;

/** Down payment as either a percent of the gross total or a fixed amount (validation enforces exactly one). */
public record PaymentTerms(BigDecimal downPaymentPercent, BigDecimal downPaymentAmount, Integer creditDays) {

    /** Always scaled to the fen; zero ({@code 0.00}) when no down payment is agreed. */
    public BigDecimal requiredDownPayment(Totals totals) {
        if (downPaymentAmount != null) {
            return Money.toFen(downPaymentAmount);
        }
        if (downPaymentPercent != null && totals != null && totals.gross() != null) {
            return Money.percentOf(totals.gross(), downPaymentPercent);
        }
        return Money.ZERO;
    }
}
