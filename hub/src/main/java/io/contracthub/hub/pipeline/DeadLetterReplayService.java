package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.contracthub.hub.persistence.JdbcInboxStore;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * Replays a dead letter where it came from: an inbox message becomes due again; a queue message is sent
 * back to its queue with the same idempotency key (so its consumer still creates at most once) but a new
 * broker duplicate id (the broker remembers the original one and would drop it).
 */
@Service
public class DeadLetterReplayService {

    private final DeadLetterRepository deadLetters;
    private final JdbcInboxStore inbox;
    private final ProducerTemplate producer;

    public DeadLetterReplayService(DeadLetterRepository deadLetters, JdbcInboxStore inbox, ProducerTemplate producer) {
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.producer = producer;
    }

    public void replay(DeadLetter deadLetter) {
        switch (deadLetter.origin()) {
            case INBOX -> inbox.revive(Long.parseLong(deadLetter.reference()));
            case QUEUE -> {
                Map<String, Object> headers = new HashMap<>();
                headers.put("JMSXGroupID", deadLetter.contractId());
                headers.put("_AMQ_DUPL_ID", deadLetter.reference() + ":replay:" + deadLetter.id() + ":" + (deadLetter.replayCount() + 1));
                headers.put(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, deadLetter.reference());
                headers.put(OutboxRelayRoutes.CONTRACT_ID_HEADER, deadLetter.contractId());
                producer.sendBodyAndHeaders("jms:queue:" + deadLetter.destination() + "?deliveryPersistent=true",
                        deadLetter.payload(), headers);
            }
        }
        deadLetters.markReplayed(deadLetter.id());
    }
}
