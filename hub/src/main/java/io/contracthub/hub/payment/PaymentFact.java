package io.contracthub.hub.payment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fact of a payment journey as the reason of PAYMENT evidence carries it, so the journal alone says where every
 * invoice stands: a bracketed header the hub reads back, then words for people, e.g.
 * {@code [journey kind=SETTLED invoice=INV-1 node=3] payment process started, said by rep.li}.
 * The chat mappings (mappings/wecom, mappings/dingtalk) write the same header.
 */
public record PaymentFact(Kind kind, String invoice, PaymentNode node, BigDecimal amount, BlockingReason reason,
                          int stall, String note) {

    public enum Kind {
        /** An invoice exists (node 1), with its amount when known. */
        INVOICED,
        /** A node (2, 3 or 4) is settled. */
        SETTLED,
        /** Money for the invoice arrived (node 5 once it adds up to the invoice). */
        RECEIVED,
        /** The node has had no update for the stall period; people were alerted. */
        ALERTED,
        /** Why the node is stuck, as the rep answered. */
        REASON,
        /** Every invoice's money arrived and adds up to the contract's gross total. */
        PAID
    }

    private static final Pattern HEADER = Pattern.compile("^\\[journey ([^\\]]*)\\]\\s?(.*)$", Pattern.DOTALL);
    private static final Pattern INVOICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public static boolean isValidInvoiceNumber(String invoice) {
        return invoice != null && INVOICE.matcher(invoice).matches();
    }

    public static PaymentFact invoiced(String invoice, BigDecimal amount, String note) {
        return new PaymentFact(Kind.INVOICED, invoice, PaymentNode.INVOICING_REQUESTED, amount, null, 0, note);
    }

    public static PaymentFact settled(String invoice, PaymentNode node, String note) {
        return new PaymentFact(Kind.SETTLED, invoice, node, null, null, 0, note);
    }

    public static PaymentFact received(String invoice, BigDecimal amount, String note) {
        return new PaymentFact(Kind.RECEIVED, invoice, PaymentNode.MONEY_ARRIVED, amount, null, 0, note);
    }

    public static PaymentFact alerted(String invoice, PaymentNode node, int stall, String note) {
        return new PaymentFact(Kind.ALERTED, invoice, node, null, null, stall, note);
    }

    public static PaymentFact reason(String invoice, PaymentNode node, BlockingReason reason, String note) {
        return new PaymentFact(Kind.REASON, invoice, node, null, reason, 0, note);
    }

    public static PaymentFact paid(BigDecimal total, String note) {
        return new PaymentFact(Kind.PAID, null, null, total, null, 0, note);
    }

    /** The evidence reason: header, then the note. */
    public String text() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind.name());
        if (invoice != null) {
            fields.put("invoice", invoice);
        }
        if (node != null) {
            fields.put("node", String.valueOf(node.number()));
        }
        if (amount != null) {
            fields.put("amount", amount.toPlainString());
        }
        if (reason != null) {
            fields.put("reason", reason.name());
        }
        if (stall > 0) {
            fields.put("stall", String.valueOf(stall));
        }
        StringBuilder text = new StringBuilder("[journey");
        fields.forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
        text.append(']');
        if (note != null && !note.isBlank()) {
            text.append(' ').append(note.strip());
        }
        return text.toString();
    }

    /** The fact an evidence reason states; empty for reasons not written by {@link #text()} (or unreadable ones). */
    public static Optional<PaymentFact> parse(String reasonText) {
        if (reasonText == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADER.matcher(reasonText);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : matcher.group(1).trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        try {
            Kind kind = Kind.valueOf(fields.getOrDefault("kind", ""));
            PaymentNode node = fields.containsKey("node") ? PaymentNode.parse(fields.get("node")).orElse(null) : null;
            BigDecimal amount = fields.containsKey("amount") ? new BigDecimal(fields.get("amount")) : null;
            BlockingReason reason = fields.containsKey("reason")
                    ? BlockingReason.parse(fields.get("reason")).orElse(BlockingReason.OTHER) : null;
            int stall = fields.containsKey("stall") ? Integer.parseInt(fields.get("stall")) : 0;
            String note = matcher.group(2).isBlank() ? null : matcher.group(2);
            return Optional.of(new PaymentFact(kind, fields.get("invoice"), node, amount, reason, stall, note));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
