package io.contracthub.hub.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the console's contract list. */
public record ContractListRow(String id, String contractNumber, String lifecycle, String tier, String customerName,
                              String region, String salesRep, BigDecimal grossAmount, Instant lifecycleSince) {
}
