package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.contracthub.hub.persistence.RevivableWork;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a dead letter where it came from: a row of claimed work (an inbox message, a notification, a HIS check)
 * becomes due again with its attempts reset ({@link RevivableWork}); a queue message is sent
 * back to its queue with the same idempotency key (so its consumer still creates at most once) but a new
 * broker duplicate id (the broker remembers the original one and would drop it).
 */
@Service
public class DeadLetterReplayService {

    private final DeadLetterRepository deadLetters;
    private final Map<DeadLetter.Origin, RevivableWork> work = new EnumMap<>(DeadLetter.Origin.class);
    private final ProducerTemplate producer;

    public DeadLetterReplayService(DeadLetterRepository deadLetters, List<RevivableWork> work, ProducerTemplate producer) {
        this.deadLetters = deadLetters;
        work.forEach(w -> this.work.put(w.origin(), w));
        this.producer = producer;
    }

    public void replay(DeadLetter deadLetter) {
        switch (deadLetter.origin()) {
            case QUEUE -> {
                Map<String, Object> headers = new HashMap<>();
                headers.put("JMSXGroupID", deadLetter.contractId());
                headers.put("_AMQ_DUPL_ID", deadLetter.reference() + ":replay:" + deadLetter.id() + ":" + (deadLetter.replayCount() + 1));
                headers.put(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, deadLetter.reference());
                headers.put(OutboxRelayRoutes.CONTRACT_ID_HEADER, deadLetter.contractId());
                producer.sendBodyAndHeaders("jms:queue:" + deadLetter.destination() + "?deliveryPersistent=true",
                        deadLetter.payload(), headers);
            }
            default -> {
                RevivableWork origin = work.get(deadLetter.origin());
                if (origin == null) {
                    throw new IllegalStateException("no work on this hub takes back a dead letter from " + deadLetter.origin());
                }
                origin.revive(deadLetter.reference());
            }
        }
        deadLetters.markReplayed(deadLetter.id());
    }
}
