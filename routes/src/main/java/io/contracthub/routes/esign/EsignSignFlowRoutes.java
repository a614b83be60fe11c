package io.contracthub.routes.esign;

import io.contracthub.routes.outbox.OutboxRelayRoutes;
import io.contracthub.routes.spi.OverdueSignFlowCheck;
import io.contracthub.routes.spi.SignFlowStarter;
import io.contracthub.routes.spi.SignFlowTermsCheck;
import io.contracthub.routes.spi.SignedDocumentFetch;
import io.contracthub.routes.spi.RunOnce;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * esign sign flows: the trigger queue starts one per claimed contract (a failure rolls the JMS transaction back, so the
 * broker redelivers with backoff and finally dead-letters it); a timer queries flows whose final callback is overdue;
 * another fetches the signed copies of completed flows, and a third replaces open flows whose terms changed before
 * signing (a failure in either is simply tried again on the next tick).
 */
@Component
public class EsignSignFlowRoutes extends RouteBuilder {

    public static final String QUEUE = "esign.sign-flow-requests";

    private final SignFlowStarter starter;
    private final OverdueSignFlowCheck overdueCheck;
    private final SignedDocumentFetch signedDocuments;
    private final SignFlowTermsCheck termsCheck;
    private final long reconcileIntervalMs;
    private final long fetchIntervalMs;

    public EsignSignFlowRoutes(SignFlowStarter starter, OverdueSignFlowCheck overdueCheck, SignedDocumentFetch signedDocuments,
                               SignFlowTermsCheck termsCheck,
                               @Value("${hub.connectors.esign.reconcile.interval}") Duration reconcileInterval,
                               @Value("${hub.signed-documents.fetch-interval}") Duration fetchInterval) {
        this.starter = starter;
        this.overdueCheck = overdueCheck;
        this.signedDocuments = signedDocuments;
        this.termsCheck = termsCheck;
        this.reconcileIntervalMs = reconcileInterval.toMillis();
        this.fetchIntervalMs = fetchInterval.toMillis();
    }

    @Override
    public void configure() {
        from("jms:queue:" + QUEUE + "?transacted=true")
                .routeId("esign.sign-flow.create")
                .process(exchange -> starter.start(exchange.getMessage().getBody(String.class),
                        exchange.getMessage().getHeader(OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER, String.class)));

        from("timer:esign.reconcile?delay=" + reconcileIntervalMs + "&period=" + reconcileIntervalMs + "&synchronous=true")
                .routeId("esign.sign-flow.reconcile-overdue")
                // not run-once: every node takes overdue flows, each claimed by its row (the hub's SignatureReconciler)
                .process(exchange -> overdueCheck.reconcileOverdue());

        from("timer:esign.signed-documents?delay=" + fetchIntervalMs + "&period=" + fetchIntervalMs + "&synchronous=true")
                .routeId("esign.signed-document.fetch")
                .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                .process(exchange -> signedDocuments.fetchCompleted());

        from("timer:esign.terms-check?delay=" + fetchIntervalMs + "&period=" + fetchIntervalMs + "&synchronous=true")
                .routeId("esign.sign-flow.replace-outdated")
                .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                .process(exchange -> termsCheck.replaceOutdated());
    }
}
