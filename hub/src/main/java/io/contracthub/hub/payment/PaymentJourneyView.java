package io.contracthub.hub.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A contract's payment journey as the API and the console show it. */
public record PaymentJourneyView(String contractId, String contractNumber, String customer, String salesRepId,
                                 String salesRep, String lifecycle, BigDecimal grossTotal, BigDecimal received, boolean paid,
                                 List<InvoiceView> invoices) {

    public record InvoiceView(String invoice, BigDecimal amount, BigDecimal received, List<NodeView> nodes,
                              NodeView waitingAt, Instant waitingSince, Long waitingHours, int stalls, String reason,
                              String reasonNote, Instant reasonAnsweredAt, String summary) {
    }

    public record NodeView(int number, String name, String label, Instant settledAt) {
    }

    private static final String[] LABELS = {"invoicing requested", "invoice received", "payment process started",
            "customer paid", "money arrived"};

    public static String label(PaymentNode node) {
        return LABELS[node.number() - 1];
    }

    public static PaymentJourneyView of(PaymentJourneyService.ContractJourney journey, WorkingTime time, Instant now) {
        PaymentJourneyService.ContractSummary c = journey.contract();
        List<InvoiceView> invoices = journey.journey().invoices().stream().map(i -> invoice(c, i, time, now)).toList();
        return new PaymentJourneyView(c.id(), c.contractNumber(), c.customerName(), c.salesRepId(), c.salesRepName(),
                c.lifecycle(), journey.journey().grossTotal(), journey.journey().received(), journey.journey().paid(), invoices);
    }

    private static InvoiceView invoice(PaymentJourneyService.ContractSummary contract, InvoiceJourney invoice,
                                       WorkingTime time, Instant now) {
        List<NodeView> nodes = Arrays.stream(PaymentNode.values())
                .map(node -> new NodeView(node.number(), node.name(), label(node), invoice.settled().get(node))).toList();
        PaymentNode waiting = invoice.waitingAt();
        Long hours = waiting == null || invoice.quietSince() == null ? null : time.between(invoice.quietSince(), now).toHours();
        String summary = waiting == null
                ? (contract.customerName() == null ? "The" : "A " + contract.customerName()) + " project, invoice "
                        + invoice.invoice() + ": money arrived"
                : (contract.customerName() == null ? "A" : "A " + contract.customerName()) + " project, invoice "
                        + invoice.invoice() + ", waiting at node " + waiting.number() + " (" + label(waiting) + ") for "
                        + hours + " h";
        return new InvoiceView(invoice.invoice(), invoice.amount(), invoice.received(), nodes,
                waiting == null ? null : new NodeView(waiting.number(), waiting.name(), label(waiting), null),
                invoice.quietSince(), hours, invoice.alertsAtWaitingNode(),
                invoice.lastReason() == null ? null : invoice.lastReason().name(),
                invoice.lastReasonNote(), invoice.lastReasonAt(), summary);
    }
}
