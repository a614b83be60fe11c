package io.contracthub.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.springframework.http.HttpStatus;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/queues/{queue}/messages}: what waits on a trigger queue, browsed without consuming it, so an
 * operator (and the sandbox walk-through) can see the messages a contract fired.
 */
@RestController
public class QueueBrowserController {

    private static final Pattern CONTRACT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final JmsTemplate jms;
    private final ObjectMapper objectMapper;
    private final List<String> queues;
    private final ContractRepository contracts;

    public QueueBrowserController(JmsTemplate jms, ObjectMapper objectMapper, HubProperties properties,
                                  ContractRepository contracts) {
        this.jms = jms;
        this.contracts = contracts;
        this.objectMapper = objectMapper;
        this.queues = properties.messaging().queues();
    }

    @GetMapping("/api/queues/{queue}/messages")
    public List<QueuedMessage> browse(@PathVariable String queue, @RequestParam(required = false) String contractId,
                                      @RequestParam(defaultValue = "50") int limit) {
        if (!queues.contains(queue)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_queue", "No trigger queue named " + queue,
                    Map.of("queues", queues));
        }
        if (contractId != null && !CONTRACT_ID.matcher(contractId).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", "contractId is not a hub contract id",
                    Map.of("parameter", "contractId"));
        }
        // an empty list would read as "nothing fired yet" for a mistyped id
        if (contractId != null && contracts.find(contractId).isEmpty()) {
            throw new ContractNotFoundException(contractId);
        }
        if (limit < 1 || limit > 500) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", "limit must be 1..500",
                    Map.of("parameter", "limit"));
        }
        String selector = contractId == null ? null : OutboxRelayRoutes.CONTRACT_ID_HEADER + " = '" + contractId + "'";
        return jms.browseSelected(queue, selector, (session, browser) -> {
            List<QueuedMessage> messages = new ArrayList<>();
            Enumeration<?> enumeration = browser.getEnumeration();
            while (enumeration.hasMoreElements() && messages.size() < limit) {
                messages.add(describe((Message) enumeration.nextElement()));
            }
            return messages;
        });
    }

    private QueuedMessage describe(Message message) throws JMSException {
        JsonNode body;
        try {
            body = message instanceof TextMessage text ? objectMapper.readTree(text.getText()) : null;
        } catch (IOException e) {
            body = null;
        }
        return new QueuedMessage(message.getJMSMessageID(), message.getStringProperty("JMSXGroupID"),
                message.getStringProperty(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER), message.getIntProperty("JMSXDeliveryCount"),
                body);
    }

    public record QueuedMessage(String messageId, String groupId, String idempotencyKey, int deliveryCount, JsonNode body) {
    }
}
