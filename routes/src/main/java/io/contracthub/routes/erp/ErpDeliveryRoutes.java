package io.contracthub.routes.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.mappings.JsltMapping;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invoicing tasks and stocking instructions into the company's ERP. Each queue is consumed transactionally by
 * several consumers; Artemis message groups (JMSXGroupID = contract id) keep one contract's triggers in order. A
 * consumer picks the company's ERP and hands over to that ERP's route ({@code kingdee.sales-order.create},
 * {@code u8.invoice.create}, ...), which maps, creates at most once and records the document as evidence.
 * <p>
 * Retry and dead letters: {@link ErpDeliveryErrorHandling}, named by every route here. While an ERP's circuit breaker
 * is open the consumers pause ({@link ErpOutageRoutePolicy}) and the triggers wait on their queues.
 */
@Component
public class ErpDeliveryRoutes extends RouteBuilder {

    public static final String INVOICING_QUEUE = "finance.invoicing-tasks";
    /** Amended orders of amendments that took effect (docs/amendments.md). */
    public static final String AMENDED_ORDERS_QUEUE = "supplychain.amended-orders";
    public static final Map<String, ErpOperation> QUEUES = Map.of(
            INVOICING_QUEUE, ErpOperation.INVOICE,
            "supplychain.stocking-instructions", ErpOperation.SALES_ORDER,
            AMENDED_ORDERS_QUEUE, ErpOperation.SALES_ORDER_CHANGE);
    private static final String TRIGGER = "erpTrigger";
    private static final String TARGET = "erpTarget";
    private static final String SYSTEM = ErpDeliveryErrorHandling.SYSTEM_PROPERTY;

    private final ErpConnectors connectors;
    private final ErpTargets targets;
    private final ErpEvidence evidence;
    private final ObjectMapper objectMapper;
    private final ErpOutageRoutePolicy outagePolicy;
    private final Map<String, JsltMapping> mappings = new ConcurrentHashMap<>();

    public ErpDeliveryRoutes(ErpConnectors connectors, ErpTargets targets, ErpEvidence evidence, ObjectMapper objectMapper,
                             ErpOutageRoutePolicy outagePolicy) {
        this.connectors = connectors;
        this.targets = targets;
        this.evidence = evidence;
        this.objectMapper = objectMapper;
        this.outagePolicy = outagePolicy;
    }

    /** The route that consumes {@code queue} into the ERPs; it runs only while ERP delivery is on. */
    public static String consumerRouteId(String queue) {
        return "erp." + queue + ".consume";
    }

    @Override
    public void configure() {
        QUEUES.forEach((queue, operation) ->
                // a message received just as the outage policy pauses the consumer is delivered, not rolled back (which
                // would count against the broker's delivery attempts)
                from("jms:queue:" + queue + "?transacted=true&concurrentConsumers={{hub.erp.concurrent-consumers}}"
                        + "&acceptMessagesWhileStopping=true")
                        .routeId(consumerRouteId(queue))
                        .routeConfigurationId(ErpDeliveryErrorHandling.ID)
                        .routePolicy(outagePolicy)
                        .autoStartup("{{hub.erp.delivery-enabled}}")
                        .setProperty(ErpDeliveryErrorHandling.QUEUE_PROPERTY, constant(queue))
                        .process(this::route)
                        .toD("direct:${exchangeProperty." + SYSTEM + "}." + operation.slug() + ".create"));

        for (ErpConnector connector : connectors.all()) {
            for (ErpOperation operation : ErpOperation.values()) {
                from("direct:" + connector.system() + "." + operation.slug() + ".create")
                        .routeId(connector.system() + "." + operation.slug() + ".create")
                        .routeConfigurationId(ErpDeliveryErrorHandling.ID)
                        .process(exchange -> deliver(exchange, connector, operation));
            }
        }
    }

    private void route(Exchange exchange) throws Exception {
        JsonNode trigger = objectMapper.readTree(exchange.getMessage().getBody(String.class));
        String key = exchange.getMessage().getHeader(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, String.class);
        if (key != null && !key.equals(trigger.path("idempotencyKey").asText())) {
            throw new ErpRoutingException("the message's idempotency key " + key + " differs from its payload's");
        }
        ErpTarget target = targets.targetFor(trigger);
        if (connectors.find(target.system()).isEmpty()) {
            throw new ErpRoutingException("company " + target.companyCode() + " uses ERP '" + target.system()
                    + "', for which no connector is configured");
        }
        exchange.setProperty(TRIGGER, trigger);
        exchange.setProperty(TARGET, target);
        exchange.setProperty(SYSTEM, target.system());
    }

    private void deliver(Exchange exchange, ErpConnector connector, ErpOperation operation) {
        JsonNode trigger = exchange.getProperty(TRIGGER, JsonNode.class);
        ErpTarget target = exchange.getProperty(TARGET, ErpTarget.class);
        JsonNode input = ErpDeliveryInput.of(trigger, target);
        JsonNode document = mappings.computeIfAbsent(connector.mappingFor(operation), JsltMapping::fromClasspath).apply(input);
        ErpDocument created = connector.deliver(operation, input.path("reference").asText(), document);
        evidence.record(trigger.path("contractId").asText(), trigger.path("idempotencyKey").asText(), created);
        exchange.getMessage().setBody(created.number());
    }
}
