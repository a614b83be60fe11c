package io.contracthub.hub.persistence;

import java.time.Instant;

/**
 * What the console's contract list is narrowed to; null means "any". enteredStateBefore keeps contracts that have been
 * in their current state since before that instant; search matches part of the number or of the customer's name.
 */
public record ContractListFilter(String tier, String lifecycle, String region, String salesRep, Instant enteredStateBefore,
                                 String search) {
}
