package io.contracthub.hub.contract360;

import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.connectors.u8.U8Vouchers;
import io.contracthub.routes.erp.ErpConnectors;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * U8: the sales order and sales invoice by their voucher codes (the hub's references) and the dispatch lists (发货单)
 * U8 made from the order, with their carrier and waybill, all via the OpenAPI's batch_get.
 */
@Component
public class U8ErpReader implements ErpSystemReader {

    private final ErpConnectors connectors;

    public U8ErpReader(ErpConnectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public String system() {
        return U8Connector.SYSTEM;
    }

    @Override
    public ErpView read(Contract360Subject subject, String companyCode) {
        U8Vouchers vouchers = connectors.find(U8Connector.SYSTEM)
                .filter(U8Connector.class::isInstance).map(U8Connector.class::cast)
                .orElseThrow(() -> new SourceNotConfiguredException("U8 has no base URL (HUB_U8_BASE_URL)"))
                .vouchers();
        ErpView.Document order = document(vouchers, U8Vouchers.SALE_ORDER, subject.salesOrderReference());
        ErpView.Document invoice = document(vouchers, U8Vouchers.SALE_INVOICE, subject.invoiceReference());
        List<ErpView.Delivery> deliveries = subject.salesOrderReference() == null ? List.of()
                : vouchers.dispatchesOf(subject.salesOrderReference()).stream()
                .map(dispatch -> new ErpView.Delivery(dispatch.code(), dispatch.status(), dispatch.carrierCode(),
                        dispatch.waybillNumber()))
                .toList();
        return new ErpView(U8Connector.SYSTEM, companyCode, order, invoice, deliveries);
    }

    private static ErpView.Document document(U8Vouchers vouchers, String api, String code) {
        if (code == null) {
            return null;
        }
        return vouchers.find(api, code).map(voucher -> new ErpView.Document(voucher.code(), voucher.status(), true))
                .orElseGet(() -> new ErpView.Document(code, "not found", false));
    }
}
