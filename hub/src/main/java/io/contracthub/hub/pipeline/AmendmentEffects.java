package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.AmendmentRepository;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.model.Amendment;
import io.contracthub.model.Contract;
import io.contracthub.model.Milestone;
import io.contracthub.model.SignedVersion;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * What an applied evidence did to the signed terms, made known in its transaction: a newly proposed amendment is
 * recorded (people are told of it once), and an amendment that took effect goes downstream through the outbox with a
 * new idempotency key: an amended sales order where the order was already sent, a reversal task for finance where an
 * invoice was already issued. A pending amendment fires nothing.
 */
@Component
public class AmendmentEffects {

    /** The trigger whose order an amendment changes (config/hub-rules.yml). */
    public static final String STOCKING_TRIGGER = "supplychain.stocking";
    public static final String AMENDED_ORDER_TRIGGER = "supplychain.amended-order";
    public static final String AMENDED_ORDER_QUEUE = "supplychain.amended-orders";
    public static final String REVERSAL_TRIGGER = "finance.invoice-reversal";
    public static final String REVERSAL_QUEUE = "finance.invoice-reversal-tasks";

    private final AmendmentRepository amendments;
    private final JdbcOutboxStore outbox;
    private final EvidenceCodec codec;

    public AmendmentEffects(AmendmentRepository amendments, JdbcOutboxStore outbox, EvidenceCodec codec) {
        this.amendments = amendments;
        this.outbox = outbox;
        this.codec = codec;
    }

    void record(Contract current, Contract next, ContractView view, Instant now) {
        Amendment proposed = next.pendingAmendment();
        Amendment before = current.pendingAmendment();
        if (proposed != null && (before == null || !before.id().equals(proposed.id()))) {
            amendments.insertIfNew(next.id(), proposed.id(), next.version(), codec.json(proposed.differences()));
        }
        SignedVersion was = current.signedVersion();
        SignedVersion is = next.signedVersion();
        if (was == null || is == null || is.revision() <= was.revision()) {
            return;
        }
        Amendment effective = next.amendments().stream().filter(a -> a.id().equals(is.amendmentId())).findFirst().orElseThrow();
        AmendmentTriggerMessage.Amendment amendment = new AmendmentTriggerMessage.Amendment(effective.id(),
                effective.status().name(), effective.decidedBy(), effective.decisionReason(), is.revision(),
                effective.differences());
        Optional<JdbcOutboxStore.FiredTrigger> order = outbox.firstFired(next.id(), STOCKING_TRIGGER);
        order.ifPresent(sent -> fire(next, view, now, AMENDED_ORDER_TRIGGER, AMENDED_ORDER_QUEUE, amendment,
                new AmendmentTriggerMessage.Amends(STOCKING_TRIGGER, sent.idempotencyKey(), sent.journalSeq()), null));
        if (!Milestone.INVOICE_CREATED.isFurtherThan(next.milestone())) {
            var invoiced = was.terms().totals().gross();
            var amended = is.terms().totals().gross();
            fire(next, view, now, REVERSAL_TRIGGER, REVERSAL_QUEUE, amendment, null,
                    new AmendmentTriggerMessage.Reversal(invoiced, amended, amended.subtract(invoiced),
                            "amendment " + effective.id() + " " + effective.status().name().toLowerCase()
                                    + " by " + effective.decidedBy()
                                    + (effective.decisionReason() == null ? "" : ": " + effective.decisionReason())));
        }
    }

    private void fire(Contract next, ContractView view, Instant now, String trigger, String destination,
                      AmendmentTriggerMessage.Amendment amendment, AmendmentTriggerMessage.Amends amends,
                      AmendmentTriggerMessage.Reversal reversal) {
        String key = TriggerMessage.idempotencyKey(next.id(), trigger, next.version());
        AmendmentTriggerMessage message = new AmendmentTriggerMessage(key, trigger, next.id(), next.version(),
                next.lifecycle().name(), next.tier().name(), now, view.terms(), amendment, amends, reversal);
        outbox.insert(next.id(), next.version(), trigger, destination, key, codec.json(message));
    }
}
