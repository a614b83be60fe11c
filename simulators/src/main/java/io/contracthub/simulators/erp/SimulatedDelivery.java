package io.contracthub.simulators.erp;

import java.time.Instant;

/**
 * The goods of one sales order leaving the warehouse, as a simulated ERP records it: its outbound document number,
 * the order it ships, and the waybill the carrier gave (carrier code as Kuaidi100 writes it, waybill number).
 */
public record SimulatedDelivery(String number, String orderNumber, String carrierCode, String waybillNumber,
                                Instant shippedAt) {
}
