package io.contracthub.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CRM quote the customer accepted: its number, its version and its lines as quoted. The contract's lines must
 * equal the quote's (same products, quantities, unit prices and tax rates, in the same order).
 */
public record QuoteReference(String number, Integer version, List<ContractLine> lines) {

    public QuoteReference {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }
}
