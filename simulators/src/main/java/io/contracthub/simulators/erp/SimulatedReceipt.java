package io.contracthub.simulators.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money a simulated ERP booked as received (a Kingdee 收款单, a U8 收款单, a cleared SAP customer item): its own number,
 * the invoice it pays, who paid, how much and when. Each simulator answers it in its vendor's words.
 */
public record SimulatedReceipt(String number, String invoice, String payerName, BigDecimal amount, LocalDate date) {
}
