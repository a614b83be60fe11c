package io.contracthub.hub.esign;

import io.contracthub.model.LogMask;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.SignFlowDetail;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.routes.spi.OverdueSignFlowCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Asks esign for a sign flow's detail (on demand, or when its final callback is overdue) and records the answer. */
@OnEsignEnabled
@Service
public class SignatureReconciler implements OverdueSignFlowCheck {

    private static final Logger log = LoggerFactory.getLogger(SignatureReconciler.class);

    private final EsignClient client;
    private final SignFlowRepository flows;
    private final SignFlowEvidence evidence;
    private final HubProperties.Reconcile config;
    private final Clock clock;

    public SignatureReconciler(EsignClient client, SignFlowRepository flows, SignFlowEvidence evidence,
                               HubProperties properties, Clock clock) {
        this.client = client;
        this.flows = flows;
        this.evidence = evidence;
        this.config = properties.connectors().esign().reconcile();
        this.clock = clock;
    }

    /** The contract's newest flow as esign reports it now; empty when the hub never created one for it. */
    public Optional<SignFlowDetail> reconcile(String contractId) {
        return flows.latestCreatedFor(contractId).map(this::reconcile);
    }

    @Override
    public int reconcileOverdue() {
        List<SignFlowRecord> overdue = flows.overdue(clock.instant().minus(config.overdueAfter()), config.batchSize());
        for (SignFlowRecord flow : overdue) {
            try {
                reconcile(flow);
            } catch (ConnectorException e) {
                // an open breaker fails the rest at once; the next run tries again
                log.warn("Could not query overdue esign sign flow {}: {}", flow.signFlowId(), LogMask.text(e.getMessage()));
                return overdue.size();
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
