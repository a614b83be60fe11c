package io.contracthub.hub.ocr;

import io.contracthub.connectors.ocr.RecognizedVoucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching rules between a recognised voucher and its contract: amount at least the required down payment (less
 * the configured tolerance), payer = customer (normalised), date not before the contract date, serial number not used
 * for another contract. Answers the reasons a voucher fails; none means it is verified.
 */
final class VoucherMatcher {

    private final BigDecimal amountTolerance;

    VoucherMatcher(BigDecimal amountTolerance) {
        this.amountTolerance = amountTolerance;
    }

    /** What the voucher is checked against. */
    record Expectation(String customerName, BigDecimal requiredDownPayment, LocalDate contractDate) {
    }

    List<String> reasons(RecognizedVoucher voucher, Expectation expected, boolean serialUsedByAnotherContract) {
        List<String> reasons = new ArrayList<>();
        if (voucher.amount() == null) {
            reasons.add("no amount could be read");
        } else if (expected.requiredDownPayment() == null) {
            reasons.add("the contract states no down payment");
        } else if (voucher.amount().add(amountTolerance).compareTo(expected.requiredDownPayment()) < 0) {
            reasons.add("amount " + voucher.amount().toPlainString() + " is less than the required down payment "
                    + expected.requiredDownPayment().toPlainString());
        }
        if (!NameNormaliser.normalise(voucher.payerName()).equals(NameNormaliser.normalise(expected.customerName()))
                || NameNormaliser.normalise(voucher.payerName()).isEmpty()) {
            reasons.add("payer \"" + voucher.payerName() + "\" is not the customer \"" + expected.customerName() + "\"");
        }
        if (voucher.date() == null) {
            reasons.add("no date could be read");
        } else if (expected.contractDate() != null && voucher.date().isBefore(expected.contractDate())) {
            reasons.add("paid on " + voucher.date() + ", before the contract date " + expected.contractDate());
        }
        if (voucher.serialNumber() == null || voucher.serialNumber().isBlank()) {
            reasons.add("no serial number could be read");
        } else if (serialUsedByAnotherContract) {
            reasons.add("serial number " + voucher.serialNumber() + " was already used for another contract");
        }
        return reasons;
    }
}
