package io.contracthub.hub.contract360;

import java.util.List;

/**
 * The company's ERP on a contract: its sales order and invoice (null: the hub has not asked for one yet; status
 * "not found": asked for, but the ERP has none) and the deliveries (outbound documents) of the order with their waybills.
 */
public record ErpView(String system, String companyCode, Document salesOrder, Document invoice, List<Delivery> deliveries) {

    public ErpView {
        deliveries = List.copyOf(deliveries);
    }

    public record Document(String number, String status, boolean found) {
    }

    /** @param carrierCode the carrier as Kuaidi100 names it ("shunfeng", ...), null when the ERP names none */
    public record Delivery(String number, String status, String carrierCode, String waybillNumber) {

        public boolean hasWaybill() {
            return carrierCode != null && !carrierCode.isBlank() && waybillNumber != null && !waybillNumber.isBlank();
        }
    }
}
