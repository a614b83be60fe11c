package io.contracthub.hub.payment;

import io.contracthub.hub.persistence.JournalEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contract's payment journey, read off its journal: node 1 from the ERP's invoice evidence (or an INVOICED fact),
 * nodes 2 to 5 from PAYMENT evidence (see {@link PaymentFact}), node 4 also from a down payment voucher the OCR verified
 * after the invoice existed. Paid when every invoice's money arrived and the receipts add up to the gross total to the fen.
 */
public record PaymentJourney(List<InvoiceJourney> invoices, BigDecimal grossTotal, BigDecimal received, boolean paid,
                             boolean paidRecorded) {

    /** How the ERP's invoice evidence reads: actor "erp-delivery", reason "invoice HUB1A2B3C created in Kingdee (audited)". */
    public static final String ERP_INVOICE_ACTOR = "erp-delivery";
    public static final String OCR_SOURCE = "ocr";

    public List<InvoiceJourney> open() {
        return invoices.stream().filter(InvoiceJourney::isOpen).toList();
    }

    public static PaymentJourney derive(List<JournalEntry> journal, BigDecimal grossTotal) {
        Map<String, Builder> invoices = new LinkedHashMap<>();
        boolean paidRecorded = false;
        for (JournalEntry entry : journal) {
            if (isErpInvoice(entry)) {
                String[] words = entry.reason().split("\\s+");
                invoices.computeIfAbsent(words[1], Builder::new).invoiced(null, entry.occurredAt());
            } else if ("DOWN_PAYMENT".equals(entry.facet()) && "CONFIRMED".equals(entry.outcome())
                    && OCR_SOURCE.equals(entry.sourceSystem())) {
                invoices.values().stream().filter(b -> !b.settled.containsKey(PaymentNode.CUSTOMER_PAID)).findFirst()
                        .ifPresent(b -> b.settle(PaymentNode.CUSTOMER_PAID, entry.occurredAt()));
            } else if ("PAYMENT".equals(entry.facet())) {
                PaymentFact fact = PaymentFact.parse(entry.reason()).orElse(null);
                if (fact == null) {
                    continue;
                }
                if (fact.kind() == PaymentFact.Kind.PAID) {
                    paidRecorded = true;
                    continue;
                }
                if (fact.invoice() == null) {
                    continue;
                }
                Builder invoice = invoices.computeIfAbsent(fact.invoice(), Builder::new);
                invoice.apply(fact, entry.occurredAt());
            }
        }
        BigDecimal gross = grossTotal == null ? null : grossTotal.setScale(2, RoundingMode.HALF_UP);
        assignDefaultAmount(invoices.values(), gross);
        List<InvoiceJourney> result = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        for (Builder builder : invoices.values()) {
            InvoiceJourney journey = builder.build();
            result.add(journey);
            received = received.add(journey.received());
        }
        boolean paid = !result.isEmpty() && gross != null
                && result.stream().allMatch(i -> i.isSettled(PaymentNode.MONEY_ARRIVED))
                && received.compareTo(gross) == 0;
        return new PaymentJourney(List.copyOf(result), gross, received, paid, paidRecorded);
    }

    static boolean isErpInvoice(JournalEntry entry) {
        return "ERP_DOCUMENTS".equals(entry.facet()) && "CONFIRMED".equals(entry.outcome())
                && ERP_INVOICE_ACTOR.equals(entry.actor()) && entry.reason() != null && entry.reason().startsWith("invoice ")
                && entry.reason().split("\\s+").length > 1;
    }

    /** An invoice without a stated amount is for what the others leave of the gross total, if it is the only one. */
    private static void assignDefaultAmount(java.util.Collection<Builder> invoices, BigDecimal gross) {
        List<Builder> unstated = invoices.stream().filter(b -> b.amount == null).toList();
        if (unstated.size() != 1 || gross == null) {
            return;
        }
        BigDecimal stated = invoices.stream().map(b -> b.amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        unstated.get(0).amount = gross.subtract(stated).setScale(2, RoundingMode.HALF_UP);
    }

    private static final class Builder {

        private final String invoice;
        private BigDecimal amount;
        private BigDecimal received = BigDecimal.ZERO.setScale(2);
        private Instant lastReceivedAt;
        private final Map<PaymentNode, Instant> settled = new EnumMap<>(PaymentNode.class);
        private final Map<PaymentNode, List<Instant>> alerts = new EnumMap<>(PaymentNode.class);
        private final Map<PaymentNode, Instant> reasonAt = new EnumMap<>(PaymentNode.class);
        private BlockingReason lastReason;
        private String lastReasonNote;
        private PaymentNode lastReasonNode;

        Builder(String invoice) {
            this.invoice = invoice;
        }

        void invoiced(BigDecimal statedAmount, Instant at) {
            if (statedAmount != null) {
                amount = statedAmount.setScale(2, RoundingMode.HALF_UP);
            }
            settle(PaymentNode.INVOICING_REQUESTED, at);
        }

        void settle(PaymentNode node, Instant at) {
            settled.putIfAbsent(node, at);
        }

        void apply(PaymentFact fact, Instant at) {
            switch (fact.kind()) {
                case INVOICED -> invoiced(fact.amount(), at);
                case SETTLED -> {
                    if (fact.node() != null && fact.node() != PaymentNode.MONEY_ARRIVED) {
                        settle(fact.node(), at);
                    }
                }
                case RECEIVED -> {
                    if (fact.amount() != null) {
                        received = received.add(fact.amount().setScale(2, RoundingMode.HALF_UP));
                        lastReceivedAt = at;
                    }
                }
                case ALERTED -> {
                    if (fact.node() != null) {
                        alerts.computeIfAbsent(fact.node(), n -> new ArrayList<>()).add(at);
                    }
                }
                case REASON -> {
                    if (fact.node() != null) {
                        reasonAt.merge(fact.node(), at, (a, b) -> a.isAfter(b) ? a : b);
                        lastReason = fact.reason();
                        lastReasonNote = fact.note();
                        lastReasonNode = fact.node();
                    }
                }
                default -> {
                }
            }
        }

        InvoiceJourney build() {
            if (amount != null && received.compareTo(amount) >= 0 && lastReceivedAt != null) {
                settle(PaymentNode.MONEY_ARRIVED, lastReceivedAt);
            }
            if (!settled.containsKey(PaymentNode.INVOICING_REQUESTED) && !settled.isEmpty()) {
                // a rep's word on a later node names an invoice the journal has not seen created: it still exists
                settle(PaymentNode.INVOICING_REQUESTED, settled.values().stream().min(Instant::compareTo).orElseThrow());
            }
            PaymentNode furthest = settled.keySet().stream().max(Enum::compareTo).orElse(null);
            PaymentNode waitingAt = furthest == null ? PaymentNode.INVOICING_REQUESTED : furthest.next().orElse(null);
            Instant quietSince = furthest == null ? null : settled.get(furthest);
            int alertCount = 0;
            boolean alertedSinceQuiet = false;
            BlockingReason reason = null;
            String reasonNote = null;
            Instant reasonTime = null;
            if (waitingAt != null && quietSince != null) {
                if (waitingAt == PaymentNode.MONEY_ARRIVED && lastReceivedAt != null && lastReceivedAt.isAfter(quietSince)) {
                    quietSince = lastReceivedAt;
                }
                Instant answered = reasonAt.get(waitingAt);
                if (answered != null && answered.isAfter(quietSince)) {
                    quietSince = answered;
                }
                List<Instant> atNode = alerts.getOrDefault(waitingAt, List.of());
                alertCount = atNode.size();
                Instant since = quietSince;
                alertedSinceQuiet = atNode.stream().anyMatch(alert -> !alert.isBefore(since));
                if (lastReasonNode == waitingAt) {
                    reason = lastReason;
                    reasonNote = lastReasonNote;
                    reasonTime = answered;
                }
            }
            return new InvoiceJourney(invoice, amount, received, settled, waitingAt, quietSince, alertCount,
                    alertedSinceQuiet, reason, reasonNote, reasonTime);
        }
    }
}
