package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.erp.ErpOperation;

import java.time.Instant;

/**
 * A trigger that asks an ERP for a document (the stocking instruction for the sales order, the invoicing task for
 * the invoice), whether its document was delivered (journalled as ERP_DOCUMENTS evidence), and its message.
 */
public record ErpTrigger(String idempotencyKey, ErpOperation operation, String payload, Instant createdAt, boolean delivered) {
}
