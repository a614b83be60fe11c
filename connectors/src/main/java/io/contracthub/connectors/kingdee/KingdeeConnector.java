package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.erp.ErpReceipt;
import io.contracthub.connectors.erp.ErpReceiptReader;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Stocking instruction -> SAL_SaleOrder; invoicing task -> the configured invoice form (IV_SALESIC or
 * AR_receivable). The bill number is the trigger's reference, looked up with ExecuteBillQuery before Save, so a
 * retry or redelivery finds the bill an earlier attempt saved instead of saving a second one.
 */
public final class KingdeeConnector implements ErpConnector, ErpReceiptReader {

    public static final String SYSTEM = "kingdee";
    static final String SALES_ORDER_FORM = "SAL_SaleOrder";
    /** 收款单; its source bill (FSRCBILLNO, of the 源单明细 entry) names the invoice it pays. Field keys UNCONFIRMED. */
    static final String RECEIPT_FORM = "AR_RECEIVEBILL";
    static final String RECEIPT_FIELDS = "FBillNo,FDATE,FPAYUNIT.FName,FREALRECAMOUNTFOR,FSRCBILLNO";
    private static final int MAX_RECEIPTS = 2000;
    private static final java.util.regex.Pattern BILL_NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9._/-]{1,64}");

    private final KingdeeSettings settings;
    private final KingdeeBillClient bills;
    private final ConnectorResilience resilience;

    public KingdeeConnector(KingdeeSettings settings, KingdeeBillClient bills, ConnectorResilience resilience) {
        this.settings = settings;
        this.bills = bills;
        this.resilience = resilience;
    }

    /** The bill operations, without the delivery's resilience: for readers that bring their own (the contract 360). */
    public KingdeeBillClient bills() {
        return bills;
    }

    /** The form an invoicing task creates: IV_SALESIC, IV_SALESOC or AR_receivable. */
    public String invoiceFormId() {
        return settings.invoiceFormId();
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public String mappingFor(ErpOperation operation) {
        return switch (operation) {
            case SALES_ORDER, SALES_ORDER_CHANGE -> "mappings/kingdee/sales-order.jslt";
            case INVOICE -> "AR_receivable".equalsIgnoreCase(settings.invoiceFormId())
                    ? "mappings/kingdee/receivable.jslt" : "mappings/kingdee/sales-invoice.jslt";
        };
    }

    @Override
    public ErpDocument deliver(ErpOperation operation, String reference, JsonNode document) {
        if (operation == ErpOperation.SALES_ORDER_CHANGE) {
            return resilience.call(() -> modify(reference, document));
        }
        String formId = operation == ErpOperation.SALES_ORDER ? SALES_ORDER_FORM : settings.invoiceFormId();
        return resilience.call(() -> findOrSave(operation, formId, reference, document));
    }

    /**
     * Kingdee changes a bill by Save with its FID ("existing FID = update"); an audited bill is first un-audited, and
     * audited again afterwards when the hub audits its bills. Saving the same content again changes nothing, so a
     * retry is harmless.
     */
    private ErpDocument modify(String billNo, JsonNode model) {
        KingdeeBillClient.Bill bill = bills.find(SALES_ORDER_FORM, billNo).orElseThrow(() -> new ConnectorRejectedException(
                SYSTEM, 200, null, SALES_ORDER_FORM + " " + billNo + " does not exist: there is no order to amend"));
        String status = bill.status();
        if ("B".equals(status) || "C".equals(status)) {
            if ("B".equals(status)) {
                throw new ConnectorRejectedException(SYSTEM, 200, null, SALES_ORDER_FORM + " " + billNo
                        + " is submitted and waiting for audit: audit or withdraw it in Kingdee, then replay");
            }
            bills.unAudit(SALES_ORDER_FORM, billNo);
            status = "D";
        }
        KingdeeResponseStatus saved = bills.save(SALES_ORDER_FORM, KingdeeBillClient.withFid(model, bill.fid(), billNo));
        if (!saved.success()) {
            throw new ConnectorRejectedException(SYSTEM, 200, saved.errorCode(), SALES_ORDER_FORM + " " + billNo + ": " + saved.message());
        }
        if (settings.submitAndAudit()) {
            status = submitAndAudit(SALES_ORDER_FORM, billNo, status);
        }
        return new ErpDocument(SYSTEM, ErpOperation.SALES_ORDER_CHANGE, billNo, "amended, " + describe(status), true);
    }

    /**
     * The bill an earlier delivery of {@code reference} saved, with its gross total (the sum of its entries' amounts
     * including tax), or empty when Kingdee holds no such bill.
     */
    public Optional<DocumentTotal> findDocument(ErpOperation operation, String reference) {
        String formId = operation == ErpOperation.SALES_ORDER ? SALES_ORDER_FORM : settings.invoiceFormId();
        String amountField = operation == ErpOperation.SALES_ORDER ? "FAllAmount"
                : "AR_receivable".equalsIgnoreCase(formId) ? "FALLAMOUNTFOR_D" : "FALLAMOUNTFOR";
        List<JsonNode> rows = resilience.call(() -> bills.findRows(formId, reference, "FBillNo,FDocumentStatus," + amountField));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            String amount = row.path(2).asText("");
            total = total.add(amount.isBlank() ? BigDecimal.ZERO : new BigDecimal(amount));
        }
        return Optional.of(new DocumentTotal(reference, describe(rows.get(0).path(1).asText("")), total.setScale(2, RoundingMode.HALF_UP)));
    }

    /**
     * Audited receipts (AR_RECEIVEBILL, FDocumentStatus C) whose source bill is one of {@code invoices}, via
     * ExecuteBillQuery. Kingdee answers one row per source entry, so a receipt paying two invoices gives two rows.
     */
    @Override
    public List<ErpReceipt> receiptsFor(java.util.Collection<String> invoices) {
        List<String> numbers = invoices.stream().filter(number -> BILL_NUMBER.matcher(number).matches()).toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        // only numbers of letters, digits and . _ / - reach the filter, so none can break out of its quotes
        String filter = "FDocumentStatus='C' and FSRCBILLNO in ('" + String.join("','", numbers) + "')";
        List<JsonNode> rows = resilience.call(() -> bills.query(RECEIPT_FORM, RECEIPT_FIELDS, filter, MAX_RECEIPTS));
        List<ErpReceipt> receipts = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            String amount = row.path(3).asText("");
            String date = row.path(1).asText("");
            if (amount.isBlank() || date.length() < 10) {
                continue;
            }
            receipts.add(new ErpReceipt(SYSTEM, row.path(0).asText(), row.path(4).asText(), row.path(2).asText(""),
                    new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP), java.time.LocalDate.parse(date.substring(0, 10))));
        }
        return receipts;
    }

    /** A Kingdee bill as reconciliation reads it: number, status in words, gross total to the fen. */
    public record DocumentTotal(String number, String status, BigDecimal gross) {
    }

    private ErpDocument findOrSave(ErpOperation operation, String formId, String billNo, JsonNode model) {
        Optional<String> existing = bills.findStatus(formId, billNo);
        boolean createdNow = existing.isEmpty();
        String status = existing.orElseGet(() -> save(formId, billNo, model));
        if (settings.submitAndAudit()) {
            status = submitAndAudit(formId, billNo, status);
        }
        return new ErpDocument(SYSTEM, operation, billNo, describe(status), createdNow);
    }

    private String save(String formId, String billNo, JsonNode model) {
        KingdeeResponseStatus saved = bills.save(formId, KingdeeBillClient.withBillNo(model, billNo));
        if (saved.success()) {
            return "A";
        }
        // an attempt cut off after Kingdee saved (a time-out, a lost answer) makes this Save a duplicate: the bill is there
        return bills.findStatus(formId, billNo).orElseThrow(() ->
                new ConnectorRejectedException(SYSTEM, 200, saved.errorCode(), formId + " " + billNo + ": " + saved.message()));
    }

    private String submitAndAudit(String formId, String billNo, String status) {
        if ("A".equals(status) || "D".equals(status)) {
            status = advance(() -> bills.submit(formId, billNo), formId, billNo, "B");
        }
        if ("B".equals(status)) {
            status = advance(() -> bills.audit(formId, billNo), formId, billNo, "C");
        }
        return status;
    }

    /**
     * One step of the bill's workflow. Refused because the bill is already past it ("状态不允许此操作"), the step was
     * done after all, by an earlier attempt whose answer the time limit cut off: the status Kingdee now reports
     * says so, and only a bill still short of {@code reached} makes the refusal a real one.
     */
    private String advance(Runnable step, String formId, String billNo, String reached) {
        try {
            step.run();
            return reached;
        } catch (ConnectorRejectedException refused) {
            String now = bills.findStatus(formId, billNo).orElseThrow(() -> refused);
            if (workflowRank(now) < workflowRank(reached)) {
                throw refused;
            }
            return now;
        }
    }

    private static int workflowRank(String documentStatus) {
        return switch (documentStatus) {
            case "B" -> 1;
            case "C" -> 2;
            default -> 0;
        };
    }

    /** Kingdee's FDocumentStatus in words: A created, B submitted, C audited, D re-audit, Z temporary. */
    public static String describe(String documentStatus) {
        return switch (documentStatus) {
            case "A" -> "created";
            case "B" -> "submitted";
            case "C" -> "audited";
            case "D" -> "re-audit";
            case "Z" -> "temporary";
            default -> "status " + documentStatus;
        };
    }
}
