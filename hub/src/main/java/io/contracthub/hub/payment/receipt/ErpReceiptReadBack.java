package io.contracthub.hub.payment.receipt;

import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpReceipt;
import io.contracthub.connectors.erp.ErpReceiptReader;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.payment.InvoiceJourney;
import io.contracthub.hub.payment.PaymentJourneyService;
import io.contracthub.hub.payment.statement.BankStatementService;
import io.contracthub.hub.payment.statement.StatementLine;
import io.contracthub.routes.erp.ErpConnectors;
import io.contracthub.routes.spi.ErpReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads back, from every configured ERP that keeps receipts (Kingdee AR_RECEIVEBILL, U8 收款单, SAP cleared customer
 * items), the receipts booked for the invoices still waiting for money, and hands them to the statement ledger
 * ({@link BankStatementService#takeErpReceipts}): the same matching rules, the same queue for a person. One ERP
 * failing (down, breaker open, a refusal) is logged and skips that ERP for this round only.
 */
@Service
public class ErpReceiptReadBack implements ErpReceipts {

    private static final Logger log = LoggerFactory.getLogger(ErpReceiptReadBack.class);

    private final ErpConnectors connectors;
    private final PaymentJourneyService journeys;
    private final BankStatementService statements;

    public ErpReceiptReadBack(ErpConnectors connectors, PaymentJourneyService journeys, BankStatementService statements) {
        this.connectors = connectors;
        this.journeys = journeys;
        this.statements = statements;
    }

    @Override
    public int readBack() {
        Set<String> invoices = openInvoices();
        if (invoices.isEmpty()) {
            return 0;
        }
        int matched = 0;
        for (ErpConnector connector : connectors.all()) {
            if (connector instanceof ErpReceiptReader reader) {
                matched += readBack(reader, invoices);
            }
        }
        return matched;
    }

    private int readBack(ErpReceiptReader reader, Set<String> invoices) {
        List<ErpReceipt> receipts;
        try {
            receipts = reader.receiptsFor(invoices);
        } catch (ConnectorException e) {
            log.warn("Reading receipts back from {} failed, the next round tries again: {}", reader.system(), e.getMessage());
            return 0;
        }
        List<StatementLine> lines = new ArrayList<>();
        for (ErpReceipt receipt : receipts) {
            // the receipt names its invoice: the reference the matcher checks payer and amount against. One receipt
            // paying two invoices is two lines (receipt/invoice); each carries what the ERP answers as the amount, so
            // a receipt total larger than one invoice goes to a person rather than being split by guess.
            lines.add(new StatementLine(lines.size() + 1, receipt.bookedOn(), receipt.amount(),
                    receipt.payerName().isBlank() ? "?" : receipt.payerName(),
                    receipt.invoice() + " " + receipt.number(), receipt.number() + "/" + receipt.invoice()));
        }
        BankStatementService.UploadResult result = statements.takeErpReceipts(reader.system(), lines);
        if (!result.lines().isEmpty()) {
            log.info("Receipts read back from {}: {}", reader.system(), result.counts());
        }
        return result.counts().getOrDefault("MATCHED", 0);
    }

    private Set<String> openInvoices() {
        Set<String> invoices = new LinkedHashSet<>();
        for (PaymentJourneyService.ContractJourney contract : journeys.openJourneys()) {
            for (InvoiceJourney invoice : contract.journey().open()) {
                invoices.add(invoice.invoice());
            }
        }
        return invoices;
    }
}
