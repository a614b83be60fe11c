package io.contracthub.routes.deadletter;

import io.contracthub.routes.spi.DeadLetterStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Moves what the broker dead-lettered (after its redeliveries with backoff) into the dead-letter store,
 * where the API lists it and can replay it. The store insert and the JMS ack share one local transaction
 * boundary: the message is acknowledged only after it is recorded.
 */
@Component
public class DeadLetterRoutes extends RouteBuilder {

    public static final String PREFIX = "DLQ.";

    private final DeadLetterStore store;
    private final List<String> queues;

    public DeadLetterRoutes(DeadLetterStore store, @Value("${hub.messaging.queues}") List<String> queues) {
        this.store = store;
        this.queues = queues;
    }

    @Override
    public void configure() {
        for (String queue : queues) {
            from("jms:queue:" + PREFIX + queue + "?transacted=true")
                    .routeId("deadletter." + queue)
                    .process(exchange -> store.recordFromQueue(queue, exchange.getMessage().getBody(String.class),
                            exchange.getMessage().getHeaders()));
        }
    }
}
