package io.contracthub.connectors.erp;

import java.util.Collection;
import java.util.List;

/** An ERP whose receipts the hub reads back (node 5 of the payment journey). */
public interface ErpReceiptReader {

    String system();

    /**
     * The receipts booked against any of {@code invoices} (invoice numbers as this ERP wrote them back), under the
     * connector's own resilience. Numbers are ErpReferences or ERP document numbers, never free text.
     */
    List<ErpReceipt> receiptsFor(Collection<String> invoices);
}
