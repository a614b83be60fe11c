package io.contracthub.hub.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where one invoice's money stands. {@code waitingAt} is the node after the furthest settled one (null once the money
 * arrived); {@code quietSince} is when that node last had an update (the previous node settled, a partial receipt, a
 * reason answered), which is what the stall rule measures.
 */
public record InvoiceJourney(String invoice, BigDecimal amount, BigDecimal received, Map<PaymentNode, Instant> settled,
                             PaymentNode waitingAt, Instant quietSince, int alertsAtWaitingNode,
                             boolean alertedSinceQuiet, BlockingReason lastReason, String lastReasonNote,
                             Instant lastReasonAt) {

    public InvoiceJourney {
        settled = Collections.unmodifiableMap(new EnumMap<>(settled.isEmpty() ? new EnumMap<>(PaymentNode.class) : settled));
    }

    public boolean isOpen() {
        return waitingAt != null;
    }

    public boolean isSettled(PaymentNode node) {
        return settled.containsKey(node);
    }

    public List<PaymentNode> settledNodes() {
        return List.copyOf(settled.keySet());
    }
}
