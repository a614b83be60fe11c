package io.contracthub.connectors.sap;

import java.util.Objects;

/**
 * An S/4HANA system reached over OData V2 with a technical user.
 *
 * @param salesOrderService    service root of API_SALES_ORDER_SRV, e.g. /sap/opu/odata/sap/API_SALES_ORDER_SRV
 * @param billingService       service root of API_BILLING_DOCUMENT_SRV (read only: it cannot create billing documents)
 * @param billingOrderField    the A_BillingDocumentItem field naming the sales order it bills (UNCONFIRMED, see README)
 */
public record SapSettings(String username, String password, String salesOrderService, String billingService,
                          String billingOrderField) {

    public SapSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(salesOrderService, "salesOrderService");
        Objects.requireNonNull(billingService, "billingService");
        Objects.requireNonNull(billingOrderField, "billingOrderField");
    }

    @Override
    public String toString() {
        return "SapSettings[username=" + username + ", password=***, salesOrderService=" + salesOrderService + "]";
    }
}
