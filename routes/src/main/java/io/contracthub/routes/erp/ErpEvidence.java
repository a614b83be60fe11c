package io.contracthub.routes.erp;

import io.contracthub.connectors.erp.ErpDocument;

/**
 * Records an ERP document on its contract as ERP_DOCUMENTS evidence. The trigger's idempotency key is the evidence's
 * source event id, so a redelivered or replayed trigger records its document once.
 */
public interface ErpEvidence {

    void record(String contractId, String idempotencyKey, ErpDocument document);
}
