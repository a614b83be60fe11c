package io.contracthub.hub.persistence;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import io.contracthub.routes.spi.DeadLetterStore;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class JdbcDeadLetterStore implements DeadLetterStore {

    /** Set by a consumer that dead-letters a message itself (see routes/erp/ErpDeliveryErrorHandling). */
    public static final String DEAD_LETTER_REASON_HEADER = "HubDeadLetterReason";

    private final DeadLetterRepository repository;
    private final int maxDeliveryAttempts;

    public JdbcDeadLetterStore(DeadLetterRepository repository, HubProperties properties) {
        this.repository = repository;
        this.maxDeliveryAttempts = properties.messaging().maxDeliveryAttempts();
    }

    @Override
    public void recordFromQueue(String queue, String payload, Map<String, Object> headers) {
        // a consumer that knows the message can never succeed forwards it at once, saying why (e.g. the ERP's own message)
        Object consumerReason = headers.get(DEAD_LETTER_REASON_HEADER);
        String reason = consumerReason != null ? consumerReason.toString()
                : "the broker dead-lettered it after " + maxDeliveryAttempts + " delivery attempts to " + queue
                + " (its consumer kept failing; the consumer's log has the cause)";
        repository.insert(DeadLetter.Origin.QUEUE, queue, String.valueOf(headers.get(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER)),
                (String) headers.get(OutboxRelayRoutes.CONTRACT_ID_HEADER), reason, payload);
    }
}
