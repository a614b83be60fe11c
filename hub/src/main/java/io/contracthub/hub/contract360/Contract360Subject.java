package io.contracthub.hub.contract360;

/**
 * What the hub knows about a contract that the sources need to find it in their own systems.
 *
 * @param salesOrderReference the ERP reference of the sales order its stocking instruction asked for (null: none yet)
 * @param invoiceReference    the same for its invoicing task
 * @param orderReference      the order reference of the contract version its stocking instruction was for (SAP files
 *                            the order under it, in PurchaseOrderByCustomer); null: no stocking instruction yet
 * @param signFlowId          its latest esign sign flow (null: none started)
 */
public record Contract360Subject(String contractId, String contractNumber, String customerRegion, String customerSegment,
                                 String salesOrderReference, String invoiceReference, String orderReference,
                                 String signFlowId) {
}
