package io.contracthub.hub.esign;

import io.contracthub.model.LogMask;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.SignFlowDetail;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.RetryPolicy;
import io.contracthub.hub.persistence.SignFlowReconciliationWork;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.persistence.WorkClaims;
import io.contracthub.routes.spi.OverdueSignFlowCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Asks esign for a sign flow's detail (on demand, or when its final callback is overdue) and records the answer.
 * Overdue flows are claimed work ({@link SignFlowReconciliationWork}): every node runs the check, each flow is queried
 * by one node, a failed query is retried after the backoff and the last one dead-lettered.
 */
@OnEsignEnabled
@Service
public class SignatureReconciler implements OverdueSignFlowCheck {

    private static final Logger log = LoggerFactory.getLogger(SignatureReconciler.class);

    private final EsignClient client;
    private final SignFlowRepository flows;
    private final SignFlowEvidence evidence;
    private final HubProperties.Reconcile config;
    private final Clock clock;
    private final SignFlowReconciliationWork work;

    public SignatureReconciler(EsignClient client, SignFlowRepository flows, SignFlowEvidence evidence,
                               HubProperties properties, Clock clock, WorkClaims claims, TransactionTemplate transaction) {
        this.client = client;
        this.flows = flows;
        this.evidence = evidence;
        this.config = properties.connectors().esign().reconcile();
        this.clock = clock;
        // the lease outlasts a query cut off by the time limit, with room for the evidence to be recorded
        Duration lease = properties.connectors().esign().resilience().timeout().multipliedBy(3).plus(Duration.ofSeconds(30));
        this.work = new SignFlowReconciliationWork(flows, claims, transaction,
                new RetryPolicy(config.initialBackoff(), config.maxBackoff(), config.maxAttempts(), null), lease, clock);
    }

    /** The contract's newest flow as esign reports it now; empty when the hub never created one for it. */
    public Optional<SignFlowDetail> reconcile(String contractId) {
        return flows.latestCreatedFor(contractId).map(this::reconcile);
    }

    @Override
    public int reconcileOverdue() {
        List<SignFlowRepository.Overdue> overdue = work.claimOverdue(clock.instant().minus(config.overdueAfter()),
                config.batchSize());
        for (SignFlowRepository.Overdue due : overdue) {
            try {
                reconcile(due.flow());
                work.succeeded(due);
            } catch (ConnectorException e) {
                log.warn("Could not query overdue esign sign flow {}: {}", due.flow().signFlowId(), LogMask.text(e.getMessage()));
                work.failed(due, e.getMessage());
            }
        }
        return overdue.size();
    }

    private SignFlowDetail reconcile(SignFlowRecord flow) {
        SignFlowDetail detail = client.signFlowDetail(flow.signFlowId());
        evidence.recordDetail(flow, detail);
        return detail;
    }
}
