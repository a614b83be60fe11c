package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpReceipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receipts as SAP keeps them: the customer item (FinancialAccountType D) of a billing document's journal entry, cleared
 * by the incoming payment. Read from the operational journal entry item cube (API_OPLACCTGDOCITEMCUBE_SRV, OData V2):
 * the item's DocumentReferenceID is the billing document, ClearingAccountingDocument the payment, ClearingDate the
 * day it was booked. Field names per the cube's metadata; CustomerName is UNCONFIRMED (else the Customer number).
 */
public final class SapReceipts {

    public static final String SERVICE = "/sap/opu/odata/sap/API_OPLACCTGDOCITEMCUBE_SRV";
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern ODATA_DATE = Pattern.compile("/Date\\((-?\\d+)[^)]*\\)/");
    private static final int MAX_PER_QUERY = 40;

    private final SapODataClient client;

    public SapReceipts(SapODataClient client) {
        this.client = client;
    }

    public List<ErpReceipt> clearedItemsOf(Collection<String> billingDocuments) {
        List<String> documents = billingDocuments.stream().filter(number -> DOCUMENT.matcher(number).matches()).toList();
        List<ErpReceipt> receipts = new ArrayList<>();
        // a few dozen references per query keep the URL well under what gateways accept
        for (int from = 0; from < documents.size(); from += MAX_PER_QUERY) {
            List<String> slice = documents.subList(from, Math.min(documents.size(), from + MAX_PER_QUERY));
            String references = String.join(" or ", slice.stream().map(d -> "DocumentReferenceID eq '" + d + "'").toList());
            String filter = "FinancialAccountType eq 'D' and ClearingAccountingDocument ne '' and (" + references + ")";
            JsonNode answer = client.get(SERVICE + "/A_OperationalAcctgDocItemCube?$filter="
                    + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")
                    + "&$select=ClearingAccountingDocument,ClearingDate,DocumentReferenceID,CustomerName,Customer,"
                    + "AmountInTransactionCurrency&$format=json");
            for (JsonNode item : answer.path("d").path("results")) {
                receipt(item).ifPresent(receipts::add);
            }
        }
        return receipts;
    }

    private static java.util.Optional<ErpReceipt> receipt(JsonNode item) {
        Matcher date = ODATA_DATE.matcher(item.path("ClearingDate").asText(""));
        String amount = item.path("AmountInTransactionCurrency").asText("");
        if (!date.matches() || amount.isBlank()) {
            return java.util.Optional.empty();
        }
        LocalDate clearedOn = LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(date.group(1))), ZoneOffset.UTC);
        String payer = item.path("CustomerName").asText(item.path("Customer").asText(""));
        return java.util.Optional.of(new ErpReceipt(SapConnector.SYSTEM, item.path("ClearingAccountingDocument").asText(),
                item.path("DocumentReferenceID").asText(), payer,
                new BigDecimal(amount).abs().setScale(2, RoundingMode.HALF_UP), clearedOn));
    }
}
