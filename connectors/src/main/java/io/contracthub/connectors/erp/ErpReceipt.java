package io.contracthub.connectors.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money an ERP booked as received for an invoice: the receipt's own number in that ERP (a Kingdee 收款单, a U8 收款单,
 * SAP's clearing document), the invoice it names, who paid, how much, and the day it was booked.
 */
public record ErpReceipt(String system, String number, String invoice, String payerName, BigDecimal amount,
                         LocalDate bookedOn) {
}
