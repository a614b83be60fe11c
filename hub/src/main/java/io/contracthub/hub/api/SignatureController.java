package io.contracthub.hub.api;

import io.contracthub.connectors.esign.SignFlowDetail;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.esign.OnEsignEnabled;
import io.contracthub.hub.esign.SignatureReconciler;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contract's esign sign flows, and reconciliation with esign on demand. */
@RestController
@OnEsignEnabled
@RequestMapping("/api/contracts/{id}/signature")
public class SignatureController {

    private final ContractRepository contracts;
    private final SignFlowRepository flows;
    private final SignatureReconciler reconciler;

    public SignatureController(ContractRepository contracts, SignFlowRepository flows, SignatureReconciler reconciler) {
        this.contracts = contracts;
        this.flows = flows;
        this.reconciler = reconciler;
    }

    @GetMapping("/flows")
    public List<SignFlowView> flows(@PathVariable String id) {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        return flows.forContract(id).stream().map(SignFlowView::of).toList();
    }

    /** Asks esign for the contract's newest sign flow and records a final status as evidence. */
    @PostMapping("/reconcile")
    public ReconcileResult reconcile(@PathVariable String id) {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        SignFlowDetail detail;
        try {
            detail = reconciler.reconcile(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "sign_flow_not_found",
                    "The hub has not started an esign sign flow for contract " + id));
        } catch (ConnectorException e) {
            throw connectorFailure(e);
        }
        return new ReconcileResult(detail.signFlowId(), detail.status().code(), detail.status().name(),
                detail.status().isFinal(), detail.status().outcome().name());
    }

    private static ApiException connectorFailure(ConnectorException e) {
        Map<String, Object> details = new HashMap<>();
        details.put("system", e.system());
        details.put("httpStatus", e.httpStatus());
        if (e.vendorCode() != null) {
            details.put("vendorCode", e.vendorCode());
        }
        if (e.vendorMessage() != null) {
            details.put("vendorMessage", e.vendorMessage());
        }
        return e.isTransient()
                ? new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "esign_unavailable", e.getMessage(), details)
                : new ApiException(HttpStatus.BAD_GATEWAY, "esign_refused", e.getMessage(), details);
    }

    public record ReconcileResult(String signFlowId, int signFlowStatus, String status, boolean isFinal, String outcome) {
    }

    public record SignFlowView(String signFlowId, String state, String idempotencyKey, Instant requestedAt,
                               Instant createdAt, Instant lastCheckedAt) {
        static SignFlowView of(SignFlowRecord flow) {
            return new SignFlowView(flow.signFlowId(), flow.state(), flow.idempotencyKey(), flow.requestedAt(),
                    flow.createdAt(), flow.lastCheckedAt());
        }
    }
}
