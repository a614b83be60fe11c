package io.contracthub.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** CRM change events in the documented format (docs/canonical-contract.md), for tests. */
final class CrmEvents {

    static final String VALID_CREDIT_CODE = "91310000MA1FL8XQ37";

    private CrmEvents() {
    }

    static String event(String contractNumber, String stage) {
        return event("crm-evt-" + UUID.randomUUID(), Instant.now(), contractNumber, stage, "HOSPITAL");
    }

    static String event(String eventId, Instant occurredAt, String contractNumber, String stage, String segment) {
        return """
                {
                  "eventId": "%s",
                  "occurredAt": "%s",
                  "type": "contract.updated",
                  "contract": {
                    "number": "%s",
                    "date": "2026-11-20",
                    "salesStage": "%s",
                    "customer": {"name": "华东医疗器械有限公司", "creditCode": "%s", "region": "Shanghai", "segment": "%s"},
                    "salesRep": {"id": "u1001", "name": "Li Lei"},
                    "currency": "CNY",
                    "lines": [
                      {"productCode": "MRI-3T", "description": "3T MRI scanner", "quantity": "1", "unitPrice": "2400000.00", "taxRate": "0.13"},
                      {"productCode": "SVC-Y1", "description": "First-year service", "quantity": "3", "unitPrice": "0.335", "taxRate": "0.06"}
                    ],
                    "terms": {"downPayment": {"percent": "30"}, "creditDays": 60},
                    "invoice": {"title": "华东医疗器械有限公司", "taxNumber": "%s"},
                    "bankAccount": {"bankName": "ICBC Shanghai", "accountName": "Contract Hub Demo Seller", "accountNumber": "6222020200112233445"}
                  }
                }""".formatted(eventId, occurredAt, contractNumber, stage, VALID_CREDIT_CODE, segment, VALID_CREDIT_CODE);
    }

    /** The same event, with the technical agreement due on {@code dueDate}. */
    static String withTechnicalAgreementDue(String event, LocalDate dueDate) {
        String bankAccount = "\"accountNumber\": \"6222020200112233445\"}";
        return event.replace(bankAccount, bankAccount + ", \"technicalAgreement\": {\"dueDate\": \"" + dueDate + "\"}");
    }
}
