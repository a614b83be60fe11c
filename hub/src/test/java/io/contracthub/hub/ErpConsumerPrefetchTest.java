package io.contracthub.hub;

import io.contracthub.routes.erp.ErpConsumerConnections;
import io.contracthub.routes.erp.ErpDeliveryRoutes;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paused ERP consumer (ErpOutageRoutePolicy) holds no message: the ERP queues' consumers connect without prefetch
 * (consumerWindowSize=0), so of two consumers of one queue, the one that stopped asking leaves every further message
 * to the other.
 */
class ErpConsumerPrefetchTest extends HubIntegrationTest {

    private static final int MESSAGES = 20;

    @Autowired
    ErpConsumerConnections connections;

    @Autowired
    CamelContext camel;

    @Test
    void everyErpQueuesConsumerUsesTheConnectionsWithoutPrefetch() {
        List<String> erpConsumers = camel.getRoutes().stream()
                .filter(route -> route.getProperties().containsKey("erpSystem"))
                .map(route -> route.getRouteId()).toList();

        assertThat(erpConsumers).isNotEmpty().contains(ErpDeliveryRoutes.consumerRouteId(
                ErpDeliveryRoutes.erpQueue(ErpDeliveryRoutes.INVOICING_QUEUE, "kingdee")));
        for (String routeId : erpConsumers) {
            JmsEndpoint endpoint = (JmsEndpoint) camel.getRoute(routeId).getEndpoint();
            assertThat(endpoint.getConfiguration().getConnectionFactory()).as(routeId)
                    .isSameAs(connections.connectionFactory());
        }
    }

    @Test
    void aConsumerThatStopsAskingLeavesEveryFurtherMessageToTheOther() throws JMSException {
        try (Connection connection = connections.connectionFactory().createConnection()) {
            connection.start();
            Session sending = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session pausedSession = connection.createSession(true, Session.SESSION_TRANSACTED);
            Session runningSession = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = sending.createTemporaryQueue();
            MessageConsumer paused = pausedSession.createConsumer(queue);
            MessageConsumer running = runningSession.createConsumer(queue);
            MessageProducer producer = sending.createProducer(queue);

            producer.send(sending.createTextMessage("first"));
            assertThat(((TextMessage) paused.receive(10_000)).getText()).isEqualTo("first");
            pausedSession.commit();
            // from now on the paused consumer asks for nothing, as a suspended route's listener
            for (int n = 1; n <= MESSAGES; n++) {
                producer.send(sending.createTextMessage("m" + n));
            }

            List<String> delivered = new ArrayList<>();
            for (int n = 1; n <= MESSAGES; n++) {
                Message message = running.receive(10_000);
                assertThat(message).as("message %d of %d reaches the running consumer", n, MESSAGES).isNotNull();
                delivered.add(((TextMessage) message).getText());
            }
            runningSession.commit();

            assertThat(delivered).hasSize(MESSAGES).doesNotHaveDuplicates();
            assertThat(running.receiveNoWait()).isNull();
        }
    }
}
