package io.contracthub.model;

import java.math.BigDecimal;
import java.util.List;

public record Totals(BigDecimal net, BigDecimal tax, BigDecimal gross) {

    /** Sums the already rounded line amounts, so the invoice lines always add up to the totals. */
    public static Totals of(List<ContractLine> lines) {
        BigDecimal net = Money.ZERO;
        BigDecimal tax = Money.ZERO;
        if (lines != null) {
            for (ContractLine line : lines) {
                LineAmounts amounts = line.amounts();
                net = net.add(amounts.net());
                tax = tax.add(amounts.tax());
            }
        }
        return new Totals(net, tax, net.add(tax));
    }
}
