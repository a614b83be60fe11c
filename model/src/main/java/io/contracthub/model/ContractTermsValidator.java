package io.contracthub.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules of {@link ContractTerms#validate()}; null-safe everywhere. */
final class ContractTermsValidator {

    static final int MAX_CONTRACT_NUMBER_LENGTH = 64;
    static final String CURRENCY = "CNY";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ContractTerms terms;
    private final List<Violation> violations = new ArrayList<>();

    private ContractTermsValidator(ContractTerms terms) {
        this.terms = terms;
    }

    static List<Violation> validate(ContractTerms terms) {
        return new ContractTermsValidator(terms).run();
    }

    private List<Violation> run() {
        if (terms == null) {
            reject("terms", "is required");
            return List.copyOf(violations);
        }
        checkContractNumber();
        checkCustomer();
        checkCurrency();
        boolean linesValid = checkLines();
        checkPaymentTerms(linesValid);
        checkInvoice();
        return List.copyOf(violations);
    }

    private void checkContractNumber() {
        String number = terms.contractNumber();
        if (isBlank(number)) {
            reject("terms.contractNumber", "is required");
        } else if (number.length() > MAX_CONTRACT_NUMBER_LENGTH) {
            reject("terms.contractNumber", "must be at most " + MAX_CONTRACT_NUMBER_LENGTH + " characters");
        }
    }

    private void checkCustomer() {
        Customer customer = terms.customer();
        if (customer == null) {
            reject("terms.customer", "is required");
            return;
        }
        if (isBlank(customer.name())) {
            reject("terms.customer.name", "is required");
        }
        if (isBlank(customer.creditCode())) {
            reject("terms.customer.creditCode", "is required");
        } else if (!UnifiedSocialCreditCode.isValid(customer.creditCode())) {
            reject("terms.customer.creditCode", "is not a valid unified social credit code (GB 32100-2015)");
        }
    }

    private void checkCurrency() {
        if (!CURRENCY.equals(terms.currency())) {
            reject("terms.currency", "must be " + CURRENCY);
        }
    }

    private boolean checkLines() {
        List<ContractLine> lines = terms.lines();
        if (lines == null || lines.isEmpty()) {
            reject("terms.lines", "must contain at least one line");
            return false;
        }
        int before = violations.size();
        for (int i = 0; i < lines.size(); i++) {
            checkLine("terms.lines[" + i + "]", lines.get(i));
        }
        return violations.size() == before;
    }

    private void checkLine(String path, ContractLine line) {
        if (line == null) {
            reject(path, "is required");
            return;
        }
        if (isBlank(line.productCode())) {
            reject(path + ".productCode", "is required");
        }
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            reject(path + ".quantity", "must be greater than 0");
        }
        if (line.unitPriceExclTax() == null || line.unitPriceExclTax().signum() < 0) {
            reject(path + ".unitPriceExclTax", "must be 0 or more");
        }
        BigDecimal rate = line.taxRate();
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            reject(path + ".taxRate", "must be at least 0 and less than 1");
        }
    }

    private void checkPaymentTerms(boolean linesValid) {
        PaymentTerms payment = terms.paymentTerms();
        if (payment == null) {
            reject("terms.paymentTerms", "is required");
            return;
        }
        BigDecimal percent = payment.downPaymentPercent();
        BigDecimal amount = payment.downPaymentAmount();
        if ((percent == null) == (amount == null)) {
            reject("terms.paymentTerms", "needs exactly one of downPaymentPercent or downPaymentAmount");
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0)) {
            reject("terms.paymentTerms.downPaymentPercent", "must be greater than 0 and at most 100");
        }
        if (amount != null) {
            checkDownPaymentAmount(amount, linesValid);
        }
        if (payment.creditDays() != null && payment.creditDays() < 0) {
            reject("terms.paymentTerms.creditDays", "must be 0 or more");
        }
    }

    private void checkDownPaymentAmount(BigDecimal amount, boolean linesValid) {
        if (amount.signum() < 0) {
            reject("terms.paymentTerms.downPaymentAmount", "must be 0 or more");
        } else if (linesValid && amount.compareTo(terms.totals().gross()) > 0) {
            // Only comparable once every line is valid: invalid lines have no gross to compare with.
            reject("terms.paymentTerms.downPaymentAmount", "must not exceed the gross total");
        }
    }

    private void checkInvoice() {
        InvoiceTitle invoice = terms.invoice();
        if (invoice != null && !isBlank(invoice.taxNumber()) && !UnifiedSocialCreditCode.isValid(invoice.taxNumber())) {
            reject("terms.invoice.taxNumber", "is not a valid unified social credit code (GB 32100-2015)");
        }
    }

    private void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
