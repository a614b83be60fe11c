package io.contracthub.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of the terms a signature locks (docs/amendments.md): currency, each line's product, quantity, unit price
 * and tax rate, the down payment, the credit days, the invoice title and tax number, and the bank account. Everything
 * else (contract date, customer region, the rep and his phone, the technical agreement's due date, the quote
 * reference) may change after signature without an amendment.
 */
public final class LockedTerms {

    private LockedTerms() {
    }

    /** The locked fields by name, values as canonical text (decimals without trailing zeros). */
    public static Map<String, String> fields(ContractTerms terms) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("currency", terms.currency());
        List<ContractLine> lines = terms.lines() == null ? List.of() : terms.lines();
        fields.put("lines.count", String.valueOf(lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            ContractLine line = lines.get(i);
            String path = "lines[" + i + "].";
            fields.put(path + "productCode", line == null ? null : line.productCode());
            fields.put(path + "quantity", line == null ? null : text(line.quantity()));
            fields.put(path + "unitPriceExclTax", line == null ? null : text(line.unitPriceExclTax()));
            fields.put(path + "taxRate", line == null ? null : text(line.taxRate()));
        }
        PaymentTerms payment = terms.paymentTerms();
        fields.put("paymentTerms.downPaymentPercent", payment == null ? null : text(payment.downPaymentPercent()));
        fields.put("paymentTerms.downPaymentAmount", payment == null ? null : text(payment.downPaymentAmount()));
        fields.put("paymentTerms.creditDays", payment == null || payment.creditDays() == null ? null
                : String.valueOf(payment.creditDays()));
        InvoiceTitle invoice = terms.invoice();
        fields.put("invoice.title", invoice == null ? null : invoice.title());
        fields.put("invoice.taxNumber", invoice == null ? null : invoice.taxNumber());
        BankAccount bank = terms.bankAccount();
        fields.put("bankAccount.bankName", bank == null ? null : bank.bankName());
        fields.put("bankAccount.accountName", bank == null ? null : bank.accountName());
        fields.put("bankAccount.accountNumber", bank == null ? null : bank.accountNumber());
        return fields;
    }

    /** Field by field, what {@code proposed} changes in the locked part of {@code signed}; empty when nothing. */
    public static List<TermsDifference> differences(ContractTerms signed, ContractTerms proposed) {
        Map<String, String> before = fields(signed);
        Map<String, String> after = fields(proposed);
        List<String> names = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(name -> !before.containsKey(name)).forEach(names::add);
        List<TermsDifference> differences = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                differences.add(new TermsDifference(name, before.get(name), after.get(name)));
            }
        }
        return differences;
    }

    /** SHA-256 (hex) of the locked fields in their canonical text: equal locked terms have equal hashes. */
    public static String hash(ContractTerms terms) {
        StringBuilder canonical = new StringBuilder();
        fields(terms).forEach((name, value) -> canonical.append(name).append('=')
                .append(value == null ? "\u2400" : value).append('\n'));
        return sha256(canonical.toString());
    }

    /** {@code proposed} with the locked fields of {@code signed}: the non-locked changes alone. */
    public static ContractTerms keepLocked(ContractTerms proposed, ContractTerms signed) {
        return new ContractTerms(proposed.contractNumber(), proposed.contractDate(), proposed.customer(),
                proposed.salesRep(), signed.currency(), signed.lines(), signed.paymentTerms(), signed.invoice(),
                signed.bankAccount(), proposed.technicalAgreementDue(), proposed.quote());
    }

    /** {@code current} with the locked fields of {@code amended}: what an amendment that takes effect leaves. */
    public static ContractTerms withLockedOf(ContractTerms current, ContractTerms amended) {
        return new ContractTerms(current.contractNumber(), current.contractDate(), current.customer(),
                current.salesRep(), amended.currency(), amended.lines(), amended.paymentTerms(), amended.invoice(),
                amended.bankAccount(), current.technicalAgreementDue(), amended.quote());
    }

    static boolean sameLines(List<ContractLine> a, List<ContractLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ContractLine x = a.get(i);
            ContractLine y = b.get(i);
            if (x == null || y == null || !Objects.equals(x.productCode(), y.productCode())
                    || !Objects.equals(text(x.quantity()), text(y.quantity()))
                    || !Objects.equals(text(x.unitPriceExclTax()), text(y.unitPriceExclTax()))
                    || !Objects.equals(text(x.taxRate()), text(y.taxRate()))) {
                return false;
            }
        }
        return true;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
