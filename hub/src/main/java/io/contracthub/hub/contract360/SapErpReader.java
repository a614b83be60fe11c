package io.contracthub.hub.contract360;

import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapReadable;
import io.contracthub.connectors.sap.SapSalesDocuments;
import io.contracthub.routes.erp.ErpConnectors;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * SAP: the sales order by the hub's order reference (PurchaseOrderByCustomer), the billing document SAP made from it
 * (SAP bills the order itself, so the invoicing task's reference names nothing in SAP) and the order's outbound
 * deliveries with their carrier and waybill (API_OUTBOUND_DELIVERY_SRV), over OData whichever protocol created the order.
 */
@Component
public class SapErpReader implements ErpSystemReader {

    private final ErpConnectors connectors;

    public SapErpReader(ErpConnectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public String system() {
        return SapConnector.SYSTEM;
    }

    @Override
    public ErpView read(Contract360Subject subject, String companyCode) {
        SapSalesDocuments documents = connectors.find(SapConnector.SYSTEM)
                .filter(SapReadable.class::isInstance).map(SapReadable.class::cast)
                .orElseThrow(() -> new SourceNotConfiguredException("SAP has no base URL (HUB_SAP_BASE_URL)"))
                .reads().documents();
        if (subject.orderReference() == null) {
            return new ErpView(SapConnector.SYSTEM, companyCode, null, null, List.of());
        }
        Optional<SapSalesDocuments.Document> order = documents.salesOrder(subject.orderReference());
        ErpView.Document salesOrder = order.map(found -> new ErpView.Document(found.number(), found.status(), true))
                .orElseGet(() -> new ErpView.Document(subject.orderReference(), "not found", false));
        ErpView.Document invoice = null;
        List<ErpView.Delivery> deliveries = List.of();
        if (order.isPresent()) {
            String number = order.get().number();
            invoice = subject.invoiceReference() == null ? null : documents.billingDocumentOf(number)
                    .map(billing -> new ErpView.Document(billing.number(), billing.status(), true))
                    .orElseGet(() -> new ErpView.Document(subject.invoiceReference(), "not billed yet", false));
            deliveries = documents.deliveriesOf(number).stream().map(delivery -> new ErpView.Delivery(delivery.number(),
                    delivery.status(), delivery.carrierCode(), delivery.waybillNumber())).toList();
        }
        return new ErpView(SapConnector.SYSTEM, companyCode, salesOrder, invoice, deliveries);
    }
}
