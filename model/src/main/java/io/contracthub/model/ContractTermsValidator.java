package io.contracthub.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules of {@link ContractTerms#validate()}; null-safe everywhere. */
final class ContractTermsValidator {

    static final int MAX_CONTRACT_NUMBER_LENGTH = 64;
    static final String CURRENCY = "CNY";
    /** 10^13 yuan: above any real contract, well inside DECIMAL(18, 2) and every ERP's amount fields. */
    static final String MAX_AMOUNT = "10000000000000";
    static final int MAX_CREDIT_DAYS = 3650;
    static final DecimalLimit QUANTITY = DecimalLimit.between("0", false, "1000000000", true, 4);
    // a unit price may go below the fen (3 x 0.335); the line's net is what is rounded to the fen
    static final DecimalLimit UNIT_PRICE = DecimalLimit.between("0", true, MAX_AMOUNT, true, 6);
    static final DecimalLimit TAX_RATE = DecimalLimit.between("0", true, "1", false, 4);
    static final DecimalLimit DOWN_PAYMENT_PERCENT = DecimalLimit.between("0", false, "100", true, 4);
    static final DecimalLimit MONEY = DecimalLimit.between("0", true, MAX_AMOUNT, true, Money.FEN_SCALE);

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
        checkTotals(linesValid);
        checkPaymentTerms(linesValid);
        checkInvoice();
        checkQuote(linesValid);
        return List.copyOf(violations);
    }

    private void checkContractNumber() {
        String number = terms.contractNumber();
        if (isBlank(number)) {
            reject("terms.contractNumber", "is required");
        } else if (number.length() > MAX_CONTRACT_NUMBER_LENGTH) {
            reject("terms.contractNumber", "must be at most " + MAX_CONTRACT_NUMBER_LENGTH + " characters");
        } else if (!PlainText.isPlain(number)) {
            reject("terms.contractNumber", "must not contain control characters, invisible formatting characters "
                    + "(such as bidirectional marks) or markup characters (< > & \" ' `)");
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
        checkDecimal(path + ".quantity", line.quantity(), QUANTITY);
        checkDecimal(path + ".unitPriceExclTax", line.unitPriceExclTax(), UNIT_PRICE);
        checkDecimal(path + ".taxRate", line.taxRate(), TAX_RATE);
    }

    private void checkDecimal(String path, BigDecimal value, DecimalLimit limit) {
        if (value == null) {
            reject(path, "is required");
        } else if (!limit.admits(value)) {
            reject(path, limit.describe());
        }
    }

    private void checkTotals(boolean linesValid) {
        // only computable once every line is valid; valid lines can still add up to an absurd contract
        if (linesValid && !MONEY.admits(terms.totals().gross())) {
            reject("terms.totals.gross", "must be at most " + MAX_AMOUNT + " yuan");
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
        if (percent != null) {
            checkDecimal("terms.paymentTerms.downPaymentPercent", percent, DOWN_PAYMENT_PERCENT);
        }
        if (amount != null) {
            checkDownPaymentAmount(amount, linesValid);
        }
        if (payment.creditDays() != null && (payment.creditDays() < 0 || payment.creditDays() > MAX_CREDIT_DAYS)) {
            reject("terms.paymentTerms.creditDays", "must be at least 0 and at most " + MAX_CREDIT_DAYS);
        }
    }

    private void checkDownPaymentAmount(BigDecimal amount, boolean linesValid) {
        if (!MONEY.admits(amount)) {
            reject("terms.paymentTerms.downPaymentAmount", MONEY.describe());
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

    /** A quote the CRM names must be identifiable, and the contract's lines must be the ones it quoted. */
    private void checkQuote(boolean linesValid) {
        QuoteReference quote = terms.quote();
        if (quote == null) {
            return;
        }
        if (isBlank(quote.number())) {
            reject("terms.quote.number", "is required");
        } else if (quote.number().length() > MAX_CONTRACT_NUMBER_LENGTH || !PlainText.isPlain(quote.number())) {
            reject("terms.quote.number", "must be at most " + MAX_CONTRACT_NUMBER_LENGTH
                    + " characters without control, invisible or markup characters");
        }
        if (quote.version() == null || quote.version() < 1) {
            reject("terms.quote.version", "must be at least 1");
        }
        if (quote.lines() == null || quote.lines().isEmpty()) {
            reject("terms.quote.lines", "must list the accepted quote's lines");
        } else if (linesValid && !LockedTerms.sameLines(quote.lines(), terms.lines())) {
            reject("terms.lines", "must equal the lines of accepted quote " + quote.number() + " version "
                    + quote.version() + " (product, quantity, unit price and tax rate, in order)");
        }
    }

    private void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
