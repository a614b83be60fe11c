package io.contracthub.hub.people.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts whose technical agreement falls due within a window and is still not confirmed. Only contracts that are
 * not yet effective (DRAFT, CLAIMED_BY_SALES, SIGNED) and carry a due date are read; voided or rejected ones, and
 * ones whose sales claim was withdrawn, are left alone.
 */
@Repository
class TechnicalAgreementDeadlines {

    record DueAgreement(String contractId, String contractNumber, LocalDate dueDate, String customerName,
                        String viewJson) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    TechnicalAgreementDeadlines(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** The unconfirmed agreements due from {@code today} to {@code lastDay}, both included. */
    List<DueAgreement> dueBetween(LocalDate today, LocalDate lastDay) {
        List<DueAgreement> due = new ArrayList<>();
        // the LIKE only narrows the scan to views that carry a due date; the JSON decides
        jdbc.query("""
                        SELECT id, contract_number, view_json FROM contract
                         WHERE lifecycle IN ('DRAFT', 'CLAIMED_BY_SALES', 'SIGNED')
                           AND view_json LIKE '%"technicalAgreementDue":"%'
                         ORDER BY id""",
                rs -> {
                    DueAgreement agreement = unconfirmed(rs.getString(1), rs.getString(2), rs.getString(3));
                    if (agreement != null && !agreement.dueDate().isBefore(today) && !agreement.dueDate().isAfter(lastDay)) {
                        due.add(agreement);
                    }
                });
        return due;
    }

    private DueAgreement unconfirmed(String id, String number, String viewJson) {
        try {
            JsonNode view = objectMapper.readTree(viewJson);
            LocalDate dueDate = LocalDate.parse(view.path("terms").path("technicalAgreementDue").asText());
            if (facet(view, "TECHNICAL_AGREEMENT").path("status").asText().equals("CLOSED")
                    || facet(view, "COMMERCIAL").path("lastOutcome").asText().equals("WITHDRAWN")) {
                return null;
            }
            return new DueAgreement(id, number, dueDate, view.path("terms").path("customer").path("name").asText(null),
                    viewJson);
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private static JsonNode facet(JsonNode view, String name) {
        for (JsonNode facet : view.path("facets")) {
            if (name.equals(facet.path("facet").asText())) {
                return facet;
            }
        }
        return MissingNode.getInstance();
    }
}
