package io.contracthub.hub;

import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Messages nobody consumes must not fill the heap: beyond hub.messaging.queue-memory-limit an address pages to disk. */
class BrokerPagingTest extends HubIntegrationTest {

    private static final String QUEUE = "test.paging-backlog";
    private static final int MESSAGES = 200;
    private static final String PADDING = "x".repeat(8 * 1024);

    @Autowired
    private EmbeddedActiveMQ broker;

    @Test
    void aBacklogBeyondTheQueueMemoryLimitPagesToDiskAndIsDeliveredCompleteAndInOrder() throws Exception {
        for (int i = 0; i < MESSAGES; i++) {
            String body = i + ":" + PADDING;
            jms.convertAndSend(QUEUE, body);
        }

        var pageStore = broker.getActiveMQServer().getPagingManager().getPageStore(SimpleString.of(QUEUE));
        assertThat(pageStore.isPaging()).as("paging after %d x 8 KB", MESSAGES).isTrue();
        assertThat(pageStore.getAddressSize()).as("bytes held in memory").isLessThanOrEqualTo(1024 * 1024);

        jms.setReceiveTimeout(5_000);
        for (int i = 0; i < MESSAGES; i++) {
            TextMessage message = (TextMessage) jms.receive(QUEUE);
            assertThat(message).as("message %d", i).isNotNull();
            assertThat(message.getText()).startsWith(i + ":").hasSize((i + ":").length() + PADDING.length());
        }
        // the broker leaves paging mode on its own cleanup pass once the pages are consumed
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(pageStore.isPaging()).as("paging once the backlog is consumed").isFalse());
    }
}
