package io.contracthub.hub.persistence;

import java.math.BigDecimal;

/** The terms a contract list filters by, stored beside the projection: customer, region, sales rep, gross total. */
public record ContractListing(String customerName, String region, String salesRep, BigDecimal grossAmount) {

    public static final ContractListing NONE = new ContractListing(null, null, null, null);
}
