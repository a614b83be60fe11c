package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bill operations the hub needs on any Kingdee form: find by bill number, Save, Submit, Audit. */
public final class KingdeeBillClient {

    private final KingdeeWebApi api;
    private final String sessionLostText;

    public KingdeeBillClient(KingdeeWebApi api, String sessionLostText) {
        this.api = api;
        this.sessionLostText = sessionLostText;
    }

    /** The bill's document status (A created, B submitted, C audited, ...) if a bill with this number exists. */
    public Optional<String> findStatus(String formId, String billNo) {
        // billNo is an ErpReference (HUB + hex), never free text, so it cannot break out of the filter
        List<JsonNode> rows = query(formId, "FBillNo,FDocumentStatus", "FBillNo='" + billNo + "'", 2);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).path(1).asText(""));
    }

    /**
     * ExecuteBillQuery: the rows (one JSON array each, columns in {@code fieldKeys} order) of the bills matching
     * {@code filter}, at most {@code limit}. The caller builds the filter from values it controls, never free text.
     */
    public List<JsonNode> query(String formId, String fieldKeys, String filter, int limit) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("FormId", formId);
        query.put("FieldKeys", fieldKeys);
        query.put("FilterString", filter);
        query.put("OrderString", "");
        query.put("TopRowCount", 0);
        query.put("StartRow", 0);
        query.put("Limit", limit);
        KingdeeWebApi.Answer answer = api.call("ExecuteBillQuery", formId, query, KingdeeResponseStatus::ofQuery);
        check(answer.status(), "ExecuteBillQuery " + formId);
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (JsonNode row : answer.body()) {
            if (row.isArray()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A bill as ExecuteBillQuery finds it: its internal id (FID), number and document status. */
    public record Bill(long fid, String billNo, String status) {
    }

    /** The bill with this number, with the FID a modifying Save needs. */
    public Optional<Bill> find(String formId, String billNo) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("FormId", formId);
        query.put("FieldKeys", "FID,FBillNo,FDocumentStatus");
        // billNo is an ErpReference (HUB + hex), never free text, so it cannot break out of the filter
        query.put("FilterString", "FBillNo='" + billNo + "'");
        query.put("OrderString", "");
        query.put("TopRowCount", 0);
        query.put("StartRow", 0);
        query.put("Limit", 2);
        KingdeeWebApi.Answer answer = api.call("ExecuteBillQuery", formId, query, KingdeeResponseStatus::ofQuery);
        check(answer.status(), "ExecuteBillQuery " + formId);
        JsonNode row = answer.body().path(0);
        return row.isArray() ? Optional.of(new Bill(row.path(0).asLong(), row.path(1).asText(), row.path(2).asText("")))
                : Optional.empty();
    }

    public void unAudit(String formId, String billNo) {
        check(api.call("UnAudit", formId, numbers(billNo), KingdeeResponseStatus::of).status(), "UnAudit " + formId);
    }

    /** The model of a modifying Save: the existing bill's FID and number (Kingdee: existing FID = update). */
    static ObjectNode withFid(JsonNode model, long fid, String billNo) {
        ObjectNode copy = withBillNo(model, billNo);
        copy.put("FID", fid);
        return copy;
    }

    /**
     * The rows ExecuteBillQuery answers for one bill and {@code fieldKeys} (FBillNo first): one row per entry when an
     * entry field is asked for, none when the bill does not exist.
     */
    public List<JsonNode> findRows(String formId, String billNo, String fieldKeys) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("FormId", formId);
        query.put("FieldKeys", fieldKeys);
        // billNo is an ErpReference (HUB + hex), never free text, so it cannot break out of the filter
        query.put("FilterString", "FBillNo='" + billNo + "'");
        query.put("OrderString", "");
        query.put("TopRowCount", 0);
        query.put("StartRow", 0);
        query.put("Limit", 2000);
        KingdeeWebApi.Answer answer = api.call("ExecuteBillQuery", formId, query, KingdeeResponseStatus::ofQuery);
        check(answer.status(), "ExecuteBillQuery " + formId);
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (JsonNode row : answer.body()) {
            if (row.isArray()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Saves a new bill; answers Kingdee's status so the caller can tell a rejection from a bill saved meanwhile. */
    public KingdeeResponseStatus save(String formId, JsonNode model) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("NeedUpDateFields", List.of());
        data.put("NeedReturnFields", List.of("FBillNo"));
        data.put("IsDeleteEntry", "true");
        data.put("IsVerifyBaseDataField", "true");
        data.put("Model", model);
        KingdeeResponseStatus status = api.call("Save", formId, data, KingdeeResponseStatus::of).status();
        if (!status.success() && status.mentions(sessionLostText)) {
            throw new ConnectorUnavailableException(KingdeeConnector.SYSTEM, "Save " + formId + ": session still lost after a new login", null);
        }
        return status;
    }

    public void submit(String formId, String billNo) {
        check(api.call("Submit", formId, numbers(billNo), KingdeeResponseStatus::of).status(), "Submit " + formId);
    }

    public void audit(String formId, String billNo) {
        check(api.call("Audit", formId, numbers(billNo), KingdeeResponseStatus::of).status(), "Audit " + formId);
    }

    static ObjectNode withBillNo(JsonNode model, String billNo) {
        ObjectNode copy = ((ObjectNode) model).deepCopy();
        copy.put("FBillNo", billNo);
        return copy;
    }

    private static Map<String, Object> numbers(String billNo) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("CreateOrgId", 0);
        data.put("Numbers", List.of(billNo));
        return data;
    }

    private void check(KingdeeResponseStatus status, String call) {
        if (status.success()) {
            return;
        }
        if (status.mentions(sessionLostText)) {
            throw new ConnectorUnavailableException(KingdeeConnector.SYSTEM, call + ": session still lost after a new login", null);
        }
        throw new ConnectorRejectedException(KingdeeConnector.SYSTEM, 200, status.errorCode(), status.message());
    }
}
