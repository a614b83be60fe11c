package io.contracthub.connectors.sap;

import java.time.Duration;
import java.util.Objects;

/**
 * An S/4HANA system reached over OData V2 with a technical user.
 *
 * @param salesOrderService    service root of API_SALES_ORDER_SRV, e.g. /sap/opu/odata/sap/API_SALES_ORDER_SRV
 * @param billingService       service root of API_BILLING_DOCUMENT_SRV (read only: it cannot create billing documents)
 * @param billingOrderField    the A_BillingDocumentItem field naming the sales order it bills (UNCONFIRMED, see README)
 * @param outboundDeliveryService service root of API_OUTBOUND_DELIVERY_SRV (read only here: the contract 360)
 * @param unsureCreateWait     how long SAP may still be working on a create the hub gave up on (timeout, reset, lost
 *                             answer): the connector looks again after that long before it may create once more
 */
public record SapSettings(String username, String password, String salesOrderService, String billingService,
                          String billingOrderField, String outboundDeliveryService, Duration unsureCreateWait) {

    public static final String DEFAULT_OUTBOUND_DELIVERY_SERVICE = "/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002";

    /** Without an outbound delivery service root: {@link #DEFAULT_OUTBOUND_DELIVERY_SERVICE}. */
    public SapSettings(String username, String password, String salesOrderService, String billingService,
                       String billingOrderField, Duration unsureCreateWait) {
        this(username, password, salesOrderService, billingService, billingOrderField, null, unsureCreateWait);
    }

    public SapSettings {
        outboundDeliveryService = outboundDeliveryService == null || outboundDeliveryService.isBlank()
                ? DEFAULT_OUTBOUND_DELIVERY_SERVICE : outboundDeliveryService;
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
