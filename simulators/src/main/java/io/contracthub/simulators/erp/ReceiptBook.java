package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The receipts a finance clerk booked in the simulated ERP, numbered the ERP's way. The sandbox and tests book one
 * with {@code POST /_sim/receipts} {@code {"invoice","payer","amount"[,"date"]}} (answers 201 with the receipt), as a
 * clerk would after the bank credited the customer's money.
 */
public final class ReceiptBook {

    private final String prefix;
    private final AtomicLong numbers;
    private final List<SimulatedReceipt> receipts = new CopyOnWriteArrayList<>();

    public ReceiptBook(String prefix, long firstNumber) {
        this.prefix = prefix;
        this.numbers = new AtomicLong(firstNumber);
    }

    public SimulatedReceipt book(String invoice, String payerName, BigDecimal amount, LocalDate date) {
        SimulatedReceipt receipt = new SimulatedReceipt(prefix + numbers.getAndIncrement(), invoice, payerName,
                amount.setScale(2), date);
        receipts.add(receipt);
        return receipt;
    }

    public List<SimulatedReceipt> all() {
        return List.copyOf(receipts);
    }

    /** The receipts that pay one of {@code invoices}. */
    public List<SimulatedReceipt> forInvoices(Collection<String> invoices) {
        return receipts.stream().filter(receipt -> invoices.contains(receipt.invoice())).toList();
    }

    /** {@code POST /_sim/receipts}: 201 with the booked receipt, 400 with what is wrong. */
    Response post(JsonNode body) {
        String invoice = body.path("invoice").asText("");
        String payer = body.path("payer").asText("");
        BigDecimal amount;
        LocalDate date;
        try {
            amount = new BigDecimal(body.path("amount").asText(""));
            date = body.hasNonNull("date") ? LocalDate.parse(body.path("date").asText()) : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Response.json(400, Map.of("code", "invalid_field", "message", "amount must be a number, date yyyy-MM-dd"));
        }
        if (invoice.isBlank() || payer.isBlank() || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            return Response.json(400, Map.of("code", "invalid_field",
                    "message", "invoice, payer and a positive amount to the fen are required"));
        }
        return Response.json(201, book(invoice, payer, amount, date));
    }
}
