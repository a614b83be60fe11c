package io.contracthub.model;

import java.math.BigDecimal;

public record ContractLine(String productCode, String description, BigDecimal quantity,
                           BigDecimal unitPriceExclTax, BigDecimal taxRate) {

    /** Net and tax are each rounded to the fen, so gross always equals what the invoice line shows. */
    public LineAmounts amounts() {
        if (quantity == null || unitPriceExclTax == null || taxRate == null) {
            throw new IllegalStateException("line " + productCode + " lacks quantity, unit price or tax rate");
        }
        BigDecimal net = Money.toFen(quantity.multiply(unitPriceExclTax));
        BigDecimal tax = Money.toFen(net.multiply(taxRate));
        return new LineAmounts(net, tax, net.add(tax));
    }
}
