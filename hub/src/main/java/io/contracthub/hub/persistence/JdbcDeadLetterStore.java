package io.contracthub.hub.persistence;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import io.contracthub.routes.spi.DeadLetterStore;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class JdbcDeadLetterStore implements DeadLetterStore {

    private final DeadLetterRepository repository;
    private final int maxDeliveryAttempts;

    public JdbcDeadLetterStore(DeadLetterRepository repository, HubProperties properties) {
        this.repository = repository;
        this.maxDeliveryAttempts = properties.messaging().maxDeliveryAttempts();
    }

    @Override
    public void recordFromQueue(String queue, String payload, Map<String, Object> headers) {
        String reason = "the broker dead-lettered it after " + maxDeliveryAttempts + " delivery attempts to " + queue
                + " (its consumer kept failing; the consumer's log has the cause)";
        repository.insert(DeadLetter.Origin.QUEUE, queue, String.valueOf(headers.get(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER)),
                (String) headers.get(OutboxRelayRoutes.CONTRACT_ID_HEADER), reason, payload);
    }
}
