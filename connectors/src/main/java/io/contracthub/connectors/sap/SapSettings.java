package io.contracthub.connectors.sap;

import java.time.Duration;
import java.util.Objects;

/**
 * An S/4HANA system reached over OData V2 with a technical user.
 *
 * @param salesOrderService    service root of API_SALES_ORDER_SRV, e.g. /sap/opu/odata/sap/API_SALES_ORDER_SRV
 * @param billingService       service root of API_BILLING_DOCUMENT_SRV (read only: it cannot create billing documents)
 * @param billingOrderField    the A_BillingDocumentItem field naming the sales order it bills (UNCONFIRMED, see README)
 * @param unsureCreateWait     how long SAP may still be working on a create the hub gave up on (timeout, reset, lost
 *                             answer): the connector looks again after that long before it may create once more
 */
public record SapSettings(String username, String password, String salesOrderService, String billingService,
                          String billingOrderField, Duration unsureCreateWait) {

    public SapSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(salesOrderService, "salesOrderService");
        Objects.requireNonNull(billingService, "billingService");
        Objects.requireNonNull(billingOrderField, "billingOrderField");
        Objects.requireNonNull(unsureCreateWait, "unsureCreateWait");
    }

    @Override
    public String toString() {
        return "SapSettings[username=" + username + ", password=***, salesOrderService=" + salesOrderService + "]";
    }
}
