package io.contracthub.hub.payment.statement;

import io.contracthub.hub.ocr.NameNormaliser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Matches a statement line to the invoice it pays, never guessing: the line's reference naming exactly one open
 * invoice (its number or its contract's number), else exactly one open invoice of that payer (names normalised as
 * finance reads them) for exactly that amount. The payer must be the invoice's customer and the amount exactly what
 * is still owed; a line paying less or more, naming a customer it was not paid by, or fitting two invoices goes to a
 * person with the candidates.
 */
public final class StatementMatcher {

    /** An invoice still waiting for money. */
    public record OpenInvoice(String contractId, String contractNumber, String invoice, String customerName,
                              BigDecimal outstanding) {
    }

    public enum Status { MATCHED, REVIEW, UNMATCHED }

    public record Match(Status status, OpenInvoice invoice, List<OpenInvoice> candidates, String note) {
    }

    public Match match(StatementLine line, List<OpenInvoice> open) {
        String payer = NameNormaliser.normalise(line.payerName());
        String reference = compact(line.reference());
        List<OpenInvoice> byReference = reference.isEmpty() ? List.of() : open.stream()
                .filter(i -> reference.contains(compact(i.invoice())) || reference.contains(compact(i.contractNumber())))
                .toList();
        if (byReference.size() > 1) {
            return review(byReference, "the reference names " + byReference.size() + " open invoices");
        }
        if (byReference.size() == 1) {
            return checked(line, byReference.get(0), payer);
        }
        List<OpenInvoice> byPayer = open.stream()
                .filter(i -> !payer.isEmpty() && payer.equals(NameNormaliser.normalise(i.customerName()))).toList();
        List<OpenInvoice> exact = byPayer.stream().filter(i -> i.outstanding().compareTo(line.amount()) == 0).toList();
        if (exact.size() == 1) {
            return new Match(Status.MATCHED, exact.get(0), exact, "payer and amount match");
        }
        if (exact.size() > 1) {
            return review(exact, exact.size() + " open invoices of this payer are for " + line.amount().toPlainString());
        }
        if (!byPayer.isEmpty()) {
            return review(byPayer, amountNote(line.amount(), byPayer));
        }
        return new Match(Status.UNMATCHED, null, List.of(), "no open invoice of payer \"" + line.payerName() + "\"");
    }

    private static Match checked(StatementLine line, OpenInvoice invoice, String payer) {
        if (!payer.equals(NameNormaliser.normalise(invoice.customerName()))) {
            return review(List.of(invoice), "the reference names invoice " + invoice.invoice() + " but the payer \""
                    + line.payerName() + "\" is not its customer \"" + invoice.customerName() + "\"");
        }
        int comparison = line.amount().compareTo(invoice.outstanding());
        if (comparison == 0) {
            return new Match(Status.MATCHED, invoice, List.of(invoice), "reference, payer and amount match");
        }
        return review(List.of(invoice), comparison < 0
                ? "partial payment: " + line.amount().toPlainString() + " of " + invoice.outstanding().toPlainString() + " owed"
                : "pays " + line.amount().toPlainString() + ", more than the " + invoice.outstanding().toPlainString() + " owed");
    }

    private static String amountNote(BigDecimal amount, List<OpenInvoice> candidates) {
        boolean partial = candidates.stream().anyMatch(i -> amount.compareTo(i.outstanding()) < 0);
        return (partial ? "partial payment? " : "") + amount.toPlainString() + " matches no open invoice of this payer exactly ("
                + String.join(", ", candidates.stream().map(i -> i.invoice() + " owes " + i.outstanding().toPlainString()).toList()) + ")";
    }

    private static Match review(List<OpenInvoice> candidates, String note) {
        return new Match(Status.REVIEW, null, List.copyOf(candidates), note);
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
