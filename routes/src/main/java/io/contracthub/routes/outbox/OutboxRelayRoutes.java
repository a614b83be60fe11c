package io.contracthub.routes.outbox;

import io.contracthub.routes.spi.OutboxStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Publishes committed trigger messages to Artemis, oldest first. The contract id is the JMSXGroupID
 * (per-contract order across consumers and nodes); the idempotency key is Artemis' duplicate id, so a
 * message re-published after a crash between send and mark is dropped by the broker.
 */
@Component
public class OutboxRelayRoutes extends RouteBuilder {

    public static final String IDEMPOTENCY_KEY_HEADER = "HubIdempotencyKey";
    public static final String CONTRACT_ID_HEADER = "HubContractId";

    private final OutboxStore outbox;
    private final int batchSize;

    public OutboxRelayRoutes(OutboxStore outbox, @Value("${hub.outbox.batch-size}") int batchSize) {
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    @Override
    public void configure() {
        from("timer:outbox.relay?delay={{hub.outbox.poll-interval-ms}}&period={{hub.outbox.poll-interval-ms}}&synchronous=true")
                .routeId("outbox.relay")
                .autoStartup("{{hub.outbox.relay-enabled:true}}")
                .process(exchange -> exchange.getMessage().setBody(outbox.pending(batchSize)))
                .split(body()).stopOnException()
                    .to("direct:outbox.publish");

        from("direct:outbox.publish")
                .routeId("outbox.publish")
                .setProperty("outboxId", simple("${body.id}"))
                .setHeader("JMSXGroupID", simple("${body.contractId}"))
                .setHeader("_AMQ_DUPL_ID", simple("${body.idempotencyKey}"))
                .setHeader(IDEMPOTENCY_KEY_HEADER, simple("${body.idempotencyKey}"))
                .setHeader(CONTRACT_ID_HEADER, simple("${body.contractId}"))
                .setHeader("CamelJmsDestinationName", simple("${body.destination}"))
                .setBody(simple("${body.payload}"))
                .to("jms:queue:outbox?deliveryPersistent=true")
                .process(exchange -> outbox.markPublished(exchange.getProperty("outboxId", Long.class)));
    }
}
