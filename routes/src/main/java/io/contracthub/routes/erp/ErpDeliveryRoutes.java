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
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invoicing tasks and stocking instructions into the company's ERP, in two steps (a content-based router):
 * <ol>
 * <li>the consumers of each shared trigger queue ({@code erp.<queue>.consume}) only route: they read the trigger,
 * pick the company's ERP ({@link ErpTargets}) and forward the trigger, in the same JMS transaction, to that ERP's
 * queue {@code <queue>.<erp>} (e.g. {@code finance.invoicing-tasks.kingdee}), keeping its JMSXGroupID and idempotency
 * key. They are never paused. An unroutable trigger goes to the dead letters at once;</li>
 * <li>the consumers of each ERP's queue ({@code erp.<queue>.<erp>.consume}) hand over to that ERP's route
 * ({@code kingdee.sales-order.create}, {@code u8.invoice.create}, ...), which maps, creates at most once and records
 * the document as evidence.</li>
 * </ol>
 * Artemis message groups (JMSXGroupID = contract id) keep one contract's triggers in order on both queues.
 * <p>
 * Retry and dead letters: {@link ErpDeliveryErrorHandling}, named by every route here; a trigger is dead-lettered to
 * {@code DLQ.<queue>} of the shared queue it came from, so a replay is routed anew. While an ERP's circuit breaker is
 * open only that ERP's consumers pause ({@link ErpOutageRoutePolicy}) and its triggers wait on its queues; the other
 * ERPs' triggers flow on.
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
    private static final String GROUP_HEADER = "JMSXGroupID";

    private final ErpConnectors connectors;
    private final ErpTargets targets;
    private final ErpEvidence evidence;
    private final ObjectMapper objectMapper;
    private final ErpOutageRoutePolicy outagePolicy;
    private final ErpConsumerConnections consumerConnections;
    private final Map<String, JsltMapping> mappings = new ConcurrentHashMap<>();

    public ErpDeliveryRoutes(ErpConnectors connectors, ErpTargets targets, ErpEvidence evidence, ObjectMapper objectMapper,
                             ErpOutageRoutePolicy outagePolicy, ErpConsumerConnections consumerConnections) {
        this.consumerConnections = consumerConnections;
        this.connectors = connectors;
        this.targets = targets;
        this.evidence = evidence;
        this.objectMapper = objectMapper;
        this.outagePolicy = outagePolicy;
    }

    /** The route that consumes {@code queue} (a shared trigger queue or an ERP's queue); it runs only while ERP delivery is on. */
    public static String consumerRouteId(String queue) {
        return "erp." + queue + ".consume";
    }

    /** The queue of {@code system}'s triggers from the shared trigger queue {@code queue}: {@code <queue>.<system>}. */
    public static String erpQueue(String queue, String system) {
        return queue + "." + system;
    }

    /** The consumer routes of ERP delivery in this hub: the routers of the shared queues and each configured ERP's consumers. */
    public List<String> consumerRouteIds() {
        List<String> ids = new ArrayList<>();
        QUEUES.keySet().forEach(queue -> ids.add(consumerRouteId(queue)));
        for (ErpConnector connector : connectors.all()) {
            QUEUES.keySet().forEach(queue -> ids.add(consumerRouteId(erpQueue(queue, connector.system()))));
        }
        return ids;
    }

    @Override
    public void configure() {
        if (getContext().hasComponent(ErpConsumerConnections.COMPONENT) == null) {
            getContext().addComponent(ErpConsumerConnections.COMPONENT,
                    JmsComponent.jmsComponent(consumerConnections.connectionFactory()));
        }
        QUEUES.forEach((queue, operation) -> {
            from(consumer(queue))
                    .routeId(consumerRouteId(queue))
                    .routeConfigurationId(ErpDeliveryErrorHandling.ID)
                    .autoStartup("{{hub.erp.delivery-enabled}}")
                    .setProperty(ErpDeliveryErrorHandling.QUEUE_PROPERTY, constant(queue))
                    .setProperty(ErpDeliveryErrorHandling.JMS_COMPONENT_PROPERTY, constant("jms"))
                    .process(this::route)
                    .process(ErpDeliveryRoutes::keepGroup)
                    // the trigger's own _AMQ_DUPL_ID travels along: the broker drops a second copy on the ERP's queue too
                    .toD("jms:queue:" + queue + ".${exchangeProperty." + SYSTEM + "}?deliveryPersistent=true");

            for (ErpConnector connector : connectors.all()) {
                String erpQueue = erpQueue(queue, connector.system());
                from(pausableConsumer(erpQueue))
                        .routeId(consumerRouteId(erpQueue))
                        .routeConfigurationId(ErpDeliveryErrorHandling.ID)
                        .routeProperty(ErpOutageRoutePolicy.SYSTEM_ROUTE_PROPERTY, connector.system())
                        .routePolicy(outagePolicy)
                        .autoStartup("{{hub.erp.delivery-enabled}}")
                        // dead letters name the shared queue: a replay goes through the router again
                        .setProperty(ErpDeliveryErrorHandling.QUEUE_PROPERTY, constant(queue))
                        // and are sent on the consumer's own connections, in its transaction
                        .setProperty(ErpDeliveryErrorHandling.JMS_COMPONENT_PROPERTY, constant(ErpConsumerConnections.COMPONENT))
                        .process(this::route)
                        .to("direct:" + connector.system() + "." + operation.slug() + ".create");
            }
        });

        for (ErpConnector connector : connectors.all()) {
            for (ErpOperation operation : ErpOperation.values()) {
                from("direct:" + connector.system() + "." + operation.slug() + ".create")
                        .routeId(connector.system() + "." + operation.slug() + ".create")
                        .routeConfigurationId(ErpDeliveryErrorHandling.ID)
                        .process(exchange -> deliver(exchange, connector, operation));
            }
        }
    }

    /**
     * An ERP queue's consumer, which the outage policy pauses: on connections that take no message before asking
     * ({@link ErpConsumerConnections}), its consumers kept for the JMS transaction to bind (CACHE_CONSUMER).
     */
    private static String pausableConsumer(String queue) {
        return consumer(ErpConsumerConnections.COMPONENT, queue) + "&cacheLevelName=CACHE_CONSUMER";
    }

    private static String consumer(String queue) {
        return consumer("jms", queue);
    }

    private static String consumer(String component, String queue) {
        // acceptMessagesWhileStopping: a message received just as the outage policy pauses the consumer is delivered,
        // not rolled back (which would count against the broker's delivery attempts)
        return component + ":queue:" + queue + "?transacted=true&concurrentConsumers={{hub.erp.concurrent-consumers}}"
                + "&acceptMessagesWhileStopping=true";
    }

    /** The ERP's queue keeps the contract's message group: its triggers stay in order there too. */
    private static void keepGroup(Exchange exchange) {
        if (exchange.getMessage().getHeader(GROUP_HEADER) == null) {
            JsonNode trigger = exchange.getProperty(TRIGGER, JsonNode.class);
            exchange.getMessage().setHeader(GROUP_HEADER, trigger.path("contractId").asText());
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
