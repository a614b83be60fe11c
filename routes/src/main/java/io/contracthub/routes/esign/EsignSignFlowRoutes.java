package io.contracthub.routes.esign;

import io.contracthub.routes.outbox.OutboxRelayRoutes;
import io.contracthub.routes.spi.OverdueSignFlowCheck;
import io.contracthub.routes.spi.SignFlowStarter;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * esign sign flows: the trigger queue starts one per claimed contract (a failure rolls the JMS transaction back, so the
 * broker redelivers with backoff and finally dead-letters it); a timer queries flows whose final callback is overdue.
 */
@Component
public class EsignSignFlowRoutes extends RouteBuilder {

    public static final String QUEUE = "esign.sign-flow-requests";

    private final SignFlowStarter starter;
    private final OverdueSignFlowCheck overdueCheck;
    private final long reconcileIntervalMs;

    public EsignSignFlowRoutes(SignFlowStarter starter, OverdueSignFlowCheck overdueCheck,
                               @Value("${hub.connectors.esign.reconcile.interval}") Duration reconcileInterval) {
        this.starter = starter;
        this.overdueCheck = overdueCheck;
        this.reconcileIntervalMs = reconcileInterval.toMillis();
    }

    @Override
    public void configure() {
        from("jms:queue:" + QUEUE + "?transacted=true")
                .routeId("esign.sign-flow.create")
                .process(exchange -> starter.start(exchange.getMessage().getBody(String.class),
                        exchange.getMessage().getHeader(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, String.class)));

        from("timer:esign.reconcile?delay=" + reconcileIntervalMs + "&period=" + reconcileIntervalMs + "&synchronous=true")
                .routeId("esign.sign-flow.reconcile-overdue")
                .process(exchange -> overdueCheck.reconcileOverdue());
    }
}
