package io.contracthub.hub.esign;

import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.SignFlowDetail;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.persistence.SignedDocumentRecord;
import io.contracthub.hub.persistence.SignedDocumentRepository;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** What the hub learns about a sign flow from its own calls to esign, recorded as SIGNATURE evidence. */
@OnEsignEnabled
@Service
public class SignFlowEvidence {

    private final SignFlowRepository flows;
    private final SignedDocumentRepository signedDocuments;
    private final ContractRepository contracts;
    private final ContractEvidenceService evidenceService;
    private final Clock clock;

    public SignFlowEvidence(SignFlowRepository flows, SignedDocumentRepository signedDocuments, ContractRepository contracts,
                            ContractEvidenceService evidenceService, Clock clock) {
        this.flows = flows;
        this.signedDocuments = signedDocuments;
        this.contracts = contracts;
        this.evidenceService = evidenceService;
        this.clock = clock;
    }

    /** The flow id, its link to the contract (so callbacks find it) and the PENDING evidence commit together. */
    @Transactional
    public void recordCreated(String contractId, String idempotencyKey, String signFlowId, String fileId, String termsSha256) {
        flows.markCreated(idempotencyKey, signFlowId, fileId, termsSha256);
        contracts.linkExternalKey(EsignClient.SYSTEM, signFlowId, contractId);
        Evidence evidence = new Evidence(Facet.SIGNATURE, EvidenceOutcome.PENDING, EsignClient.SYSTEM,
                "SIGN_FLOW_CREATED:" + signFlowId, clock.instant(), null,
                "esign sign flow " + signFlowId + " created; waiting for the signers", null, null);
        evidenceService.record(contractId, evidence, hash(signFlowId + ":created"), null);
    }

    /**
     * A final status read from the detail API. Its event id is the one the SIGN_FLOW_COMPLETE callback maps to
     * (mappings/esign/callback.jslt), so query and callback record the fact once, whichever comes first. A flow still
     * signing says nothing new and is not recorded: stamped "now", it would outdate the callback that completes it.
     */
    @Transactional
    public void recordDetail(SignFlowRecord flow, SignFlowDetail detail) {
        flows.markChecked(flow.id(), detail.status().isFinal());
        if (!detail.status().isFinal()) {
            return;
        }
        Instant occurredAt = detail.finishedAt() != null ? detail.finishedAt() : clock.instant();
        Evidence evidence = new Evidence(Facet.SIGNATURE, detail.status().outcome(), EsignClient.SYSTEM,
                "SIGN_FLOW_COMPLETE:" + detail.signFlowId() + ":" + detail.status().code(), occurredAt, null,
                "esign sign flow " + detail.signFlowId() + " " + detail.status().description()
                        + (detail.description() == null ? "" : ": " + detail.description()) + " (found by query)", null, null);
        evidenceService.record(flow.contractId(), evidence, hash(detail.signFlowId() + ":" + detail.status()), null);
    }

    /**
     * The signed copy of a completed flow, already in the store: recorded once per flow, and journalled as SIGNATURE
     * evidence whose attachment reference names the document by its hash ({@code signed-document:sha256:<hex>}).
     *
     * @return false when this flow's copy was recorded before
     */
    @Transactional
    public boolean recordSignedDocument(SignFlowRecord flow, String sha256, long sizeBytes, String fileName) {
        SignedDocumentRecord document = new SignedDocumentRecord(flow.signFlowId(), flow.contractId(), sha256, sizeBytes,
                fileName, clock.instant());
        if (!signedDocuments.insert(document)) {
            return false;
        }
        Evidence evidence = new Evidence(Facet.SIGNATURE, EvidenceOutcome.CONFIRMED, EsignClient.SYSTEM,
                "SIGNED_DOCUMENT:" + flow.signFlowId(), document.storedAt(), null,
                "signed copy of esign sign flow " + flow.signFlowId() + " stored (" + fileName + ", " + sizeBytes
                        + " bytes, SHA-256 " + sha256 + ")", null, null);
        evidenceService.record(flow.contractId(), evidence, sha256, document.attachmentRef());
        return true;
    }

    private static String hash(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
