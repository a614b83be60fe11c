package io.contracthub.routes.outbox;

import io.contracthub.routes.spi.OutboxMessage;
import io.contracthub.routes.spi.OutboxStore;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes a batch of committed trigger messages to Artemis in one transacted session: one broker sync for
 * the batch instead of one per message, then one update marks the batch published.
 * <p>
 * The contract id is the JMSXGroupID (per-contract order across consumers and nodes) and the idempotency key
 * is Artemis' duplicate id, so a batch re-sent after a crash between commit and mark is dropped by the broker.
 * Artemis refuses a whole transaction that holds one duplicate; then the batch goes out message by message,
 * where each duplicate is dropped alone and the new messages still get through.
 */
@Component
public class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final OutboxStore outbox;
    private final JmsTemplate transacted;
    private final JmsTemplate oneByOne;

    public OutboxPublisher(OutboxStore outbox, ConnectionFactory connectionFactory) {
        this.outbox = outbox;
        this.transacted = new JmsTemplate(connectionFactory);
        this.transacted.setSessionTransacted(true);
        this.oneByOne = new JmsTemplate(connectionFactory);
    }

    public void publish(List<OutboxMessage> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            transacted.execute(session -> send(session, batch), true);
        } catch (JmsException refused) {
            log.warn("Publishing {} outbox messages in one transaction failed ({}); sending them one by one",
                    batch.size(), refused.getMostSpecificCause().getMessage());
            for (OutboxMessage message : batch) {
                oneByOne.execute(session -> send(session, List.of(message)), true);
            }
        }
        outbox.markPublished(batch.stream().map(OutboxMessage::id).toList());
        for (OutboxMessage message : batch) {
            log.info("Trigger {} published to {} for contract {} ({}), key {}", message.trigger(), message.destination(),
                    message.contractNumber(), message.contractId(), message.idempotencyKey());
        }
    }

    private static Void send(Session session, List<OutboxMessage> messages) throws JMSException {
        try (MessageProducer producer = session.createProducer(null)) {
            for (OutboxMessage message : messages) {
                producer.send(session.createQueue(message.destination()), toJms(session, message),
                        DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, Message.DEFAULT_TIME_TO_LIVE);
            }
        }
        // JmsTemplate.execute leaves a callback's transaction to the callback
        if (session.getTransacted()) {
            session.commit();
        }
        return null;
    }

    private static Message toJms(Session session, OutboxMessage message) throws JMSException {
        Message jms = session.createTextMessage(message.payload());
        jms.setStringProperty("JMSXGroupID", message.contractId());
        jms.setStringProperty("_AMQ_DUPL_ID", message.idempotencyKey());
        jms.setStringProperty(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, message.idempotencyKey());
        jms.setStringProperty(OutboxRelayRoutes.CONTRACT_ID_HEADER, message.contractId());
        return jms;
    }
}
