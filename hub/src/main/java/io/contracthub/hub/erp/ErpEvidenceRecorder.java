package io.contracthub.hub.erp;

import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.model.Milestone;
import io.contracthub.routes.erp.ErpEvidence;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * An ERP document as ERP_DOCUMENTS evidence: "invoice HUB1A2B3C4D5E6F created in Kingdee (audited)". The source
 * event id is the trigger's idempotency key, so however often a trigger is delivered its document is journalled once.
 */
@Component
public class ErpEvidenceRecorder implements ErpEvidence {

    public static final String ACTOR = "erp-delivery";
    /** How the reason of an invoice's evidence starts: "invoice HUB1A2B3C4D5E6F created in Kingdee (audited)". */
    public static final String INVOICE_REASON_PREFIX = ErpOperation.INVOICE.label() + " ";
    private static final Map<String, String> NAMES = Map.of("kingdee", "Kingdee", "u8", "U8", "sap", "SAP");

    private final ContractEvidenceService evidenceService;
    private final Clock clock;

    public ErpEvidenceRecorder(ContractEvidenceService evidenceService, Clock clock) {
        this.evidenceService = evidenceService;
        this.clock = clock;
    }

    @Override
    public void record(String contractId, String idempotencyKey, ErpDocument document) {
        String erp = NAMES.getOrDefault(document.system(), document.system());
        String reason = document.operation().label() + " " + document.number() + (document.createdNow() ? " created in " : " found in ")
                + erp + (document.status() == null ? "" : " (" + document.status() + ")");
        Milestone milestone = document.operation() == ErpOperation.SALES_ORDER ? Milestone.ORDER_CREATED : Milestone.INVOICE_CREATED;
        Evidence evidence = new Evidence(Facet.ERP_DOCUMENTS, EvidenceOutcome.CONFIRMED, document.system(), idempotencyKey,
                clock.instant(), ACTOR, reason, milestone, null);
        String payloadHash = Sha256.hex((document.system() + "|" + document.operation() + "|" + document.number())
                .getBytes(StandardCharsets.UTF_8));
        evidenceService.record(contractId, evidence, payloadHash, null);
    }
}
