package io.contracthub.routes.outbox;

import io.contracthub.routes.spi.OutboxMessage;
import io.contracthub.routes.spi.OutboxStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Relays committed trigger messages from the outbox to Artemis, oldest first, a batch per poll. On several nodes
 * each node relays the contracts it has leased, so a contract's triggers keep their order.
 */
@Component
public class OutboxRelayRoutes extends RouteBuilder {

    public static final String IDEMPOTENCY_KEY_HEADER = "HubIdempotencyKey";
    public static final String CONTRACT_ID_HEADER = "HubContractId";

    private final OutboxStore outbox;
    private final OutboxPublisher publisher;
    private final int batchSize;

    public OutboxRelayRoutes(OutboxStore outbox, OutboxPublisher publisher,
                             @Value("${hub.outbox.batch-size}") int batchSize) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    @Override
    public void configure() {
        from("timer:outbox.relay?delay={{hub.outbox.poll-interval-ms}}&period={{hub.outbox.poll-interval-ms}}&synchronous=true")
                .routeId("outbox.relay")
                .autoStartup("{{hub.outbox.relay-enabled:true}}")
                .process(exchange -> relayOnce());
    }

    private void relayOnce() {
        List<OutboxMessage> batch = outbox.pending(batchSize);
        try {
            publisher.publish(batch);
        } finally {
            outbox.release(batch);
        }
    }
}
