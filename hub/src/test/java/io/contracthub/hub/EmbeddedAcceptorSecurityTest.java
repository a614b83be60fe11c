package io.contracthub.hub;

import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded broker's network acceptor lets in only the configured user; the hub's own in-VM use is unaffected. */
@SpringBootTest(classes = ContractHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class EmbeddedAcceptorSecurityTest {

    private static final int BROKER_PORT = freePort();
    private static final String USER = "queue-reader";
    private static final String PASSWORD = "acceptor-test-password";
    private static final String QUEUE = "project.scheduling-requests";

    @Autowired
    private JmsTemplate jms;

    @DynamicPropertySource
    static void acceptor(DynamicPropertyRegistry registry) throws IOException {
        registry.add("hub.data-dir", () -> temporaryDirectory());
        registry.add("hub.messaging.embedded-acceptor.url", () -> "tcp://127.0.0.1:" + BROKER_PORT);
        registry.add("hub.messaging.embedded-acceptor.user", () -> USER);
        registry.add("hub.messaging.embedded-acceptor.password", () -> PASSWORD);
        registry.add("hub.simulators.enabled", () -> "false");
        registry.add("hub.inbox.poll-interval-ms", () -> "60000");
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        assertThatThrownBy(() -> browse(null, null)).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> browse(USER, "guess")).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aClientWithTheConfiguredCredentialsBrowsesTheTriggerQueue() throws Exception {
        jms.convertAndSend(QUEUE, "{\"probe\":\"acceptor-test\"}");

        assertThat(browse(USER, PASSWORD)).isPositive();
    }

    @Test
    void theHubItselfStillSendsAndReceivesInProcess() {
        jms.convertAndSend("acceptor-test.in-vm", "in-process");
        jms.setReceiveTimeout(5_000);

        assertThat(jms.receiveAndConvert("acceptor-test.in-vm")).isEqualTo("in-process");
    }

    private static int browse(String user, String password) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + BROKER_PORT);
             Connection connection = user == null ? factory.createConnection() : factory.createConnection(user, password)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = session.createBrowser(session.createQueue(QUEUE));
            int count = 0;
            for (var messages = browser.getEnumeration(); messages.hasMoreElements(); messages.nextElement()) {
                count++;
            }
            return count;
        }
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("contract-hub-acceptor").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
