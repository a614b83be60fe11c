package io.contracthub.hub.contract360;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.kingdee.KingdeeBillClient;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.routes.erp.ErpConnectors;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kingdee: the sales order (SAL_SaleOrder) and invoice (the configured invoice form) by their bill numbers, and the
 * sales outbounds (SAL_OUTSTOCK, 销售出库单) of the order by its number (FSoorDerno) with their carrier
 * (FCarrierID.FNumber, kept equal to Kuaidi100's carrier code) and waybill number (FCarriageNO), all via
 * ExecuteBillQuery.
 */
@Component
public class KingdeeErpReader implements ErpSystemReader {

    static final String OUTBOUND_FORM = "SAL_OUTSTOCK";
    static final String OUTBOUND_FIELDS = "FBillNo,FDocumentStatus,FCarrierID.FNumber,FCarriageNO";
    private static final int MAX_DELIVERIES = 50;

    private final ErpConnectors connectors;

    public KingdeeErpReader(ErpConnectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public String system() {
        return KingdeeConnector.SYSTEM;
    }

    @Override
    public ErpView read(Contract360Subject subject, String companyCode) {
        KingdeeConnector kingdee = connectors.find(KingdeeConnector.SYSTEM)
                .filter(KingdeeConnector.class::isInstance).map(KingdeeConnector.class::cast)
                .orElseThrow(() -> new SourceNotConfiguredException("Kingdee has no base URL (HUB_KINGDEE_BASE_URL)"));
        KingdeeBillClient bills = kingdee.bills();
        ErpView.Document order = document(bills, "SAL_SaleOrder", subject.salesOrderReference());
        ErpView.Document invoice = document(bills, kingdee.invoiceFormId(), subject.invoiceReference());
        List<ErpView.Delivery> deliveries = new ArrayList<>();
        if (subject.salesOrderReference() != null) {
            // the reference is an ErpReference (HUB + hex), never free text, so it cannot break out of the filter
            for (JsonNode row : bills.query(OUTBOUND_FORM, OUTBOUND_FIELDS,
                    "FSoorDerno='" + subject.salesOrderReference() + "'", MAX_DELIVERIES)) {
                deliveries.add(new ErpView.Delivery(row.path(0).asText(), KingdeeConnector.describe(row.path(1).asText("")),
                        blankToNull(row.path(2).asText("")), blankToNull(row.path(3).asText(""))));
            }
        }
        return new ErpView(KingdeeConnector.SYSTEM, companyCode, order, invoice, deliveries);
    }

    private static ErpView.Document document(KingdeeBillClient bills, String formId, String billNo) {
        if (billNo == null) {
            return null;
        }
        Optional<String> status = bills.findStatus(formId, billNo);
        return new ErpView.Document(billNo, status.map(KingdeeConnector::describe).orElse("not found"), status.isPresent());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
