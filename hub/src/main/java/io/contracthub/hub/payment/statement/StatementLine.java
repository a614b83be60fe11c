package io.contracthub.hub.payment.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One credit line of a bank statement as the file says it; {@code row} counts from 1 for the first data row. */
public record StatementLine(int row, LocalDate bookedOn, BigDecimal amount, String payerName, String reference,
                            String serial) {
}
