package io.contracthub.hub.payment;

import io.contracthub.hub.api.ApiException;
import io.contracthub.model.EvidenceText;
import io.contracthub.model.EvidenceTime;
import io.contracthub.model.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/contracts/{id}/payment-journey}, {@code GET /api/payment-journeys} (open ones; {@code ?rep=} a rep's CRM id or name)
 * and {@code POST /api/contracts/{id}/payment-journey/facts}: what a rep or finance states about an invoice (an invoice
 * made outside the hub, the customer received it, started its payment process, paid; why a node is stuck).
 */
@RestController
public class PaymentJourneyController {

    /** What people state through the API or the console. */
    public static final String SOURCE_SYSTEM = "journey-api";
    private static final int MAX_REQUEST_ID = 80;

    /** The facts people may state, and the journey fact each becomes. */
    public enum Statement { INVOICED, INVOICE_RECEIVED, PAYMENT_STARTED, CUSTOMER_PAID, REASON }

    public record FactRequest(Statement statement, String invoice, BigDecimal amount, Integer node, String reason,
                              String note, String actor, String requestId, Instant occurredAt) {
    }

    private final PaymentJourneyService journeys;
    private final WorkingTime workingTime;
    private final Clock clock;

    public PaymentJourneyController(PaymentJourneyService journeys, PaymentProperties properties, Clock clock) {
        this.journeys = journeys;
        this.workingTime = PaymentStallScanner.workingTime(properties);
        this.clock = clock;
    }

    @GetMapping("/api/contracts/{id}/payment-journey")
    public PaymentJourneyView journey(@PathVariable String id) {
        return PaymentJourneyView.of(journeys.journey(id), workingTime, clock.instant());
    }

    @GetMapping("/api/payment-journeys")
    public List<PaymentJourneyView> open(@RequestParam(required = false) String rep) {
        return journeys.openJourneys().stream()
                .filter(j -> rep == null || j.contract().isRep(rep))
                .map(j -> PaymentJourneyView.of(j, workingTime, clock.instant())).toList();
    }

    @PostMapping("/api/contracts/{id}/payment-journey/facts")
    @ResponseStatus(HttpStatus.CREATED)
    public PaymentJourneyView state(@PathVariable String id, @RequestBody FactRequest request) {
        PaymentFact fact = fact(request);
        Instant occurredAt = request.occurredAt() == null ? clock.instant() : request.occurredAt();
        if (!EvidenceTime.isPlausible(occurredAt, clock.instant())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", "occurredAt " + EvidenceTime.RULE,
                    Map.of("field", "occurredAt"));
        }
        journeys.record(id, fact, SOURCE_SYSTEM,
                id + ":" + (request.requestId() == null ? UUID.randomUUID() : request.requestId()),
                request.actor().strip(), occurredAt, null);
        return journey(id);
    }

    /** The fact a request states, or a 400 naming every field that is wrong. */
    public static PaymentFact fact(FactRequest request) {
        Map<String, Object> problems = new LinkedHashMap<>();
        if (request.statement() == null) {
            problems.put("statement", "required: one of INVOICED, INVOICE_RECEIVED, PAYMENT_STARTED, CUSTOMER_PAID, REASON");
        }
        if (!PaymentFact.isValidInvoiceNumber(request.invoice())) {
            problems.put("invoice", "required: the invoice number (letters, digits . _ / -, up to 64)");
        }
        if (request.actor() == null || request.actor().isBlank()) {
            problems.put("actor", "required: who states this");
        }
        if (request.requestId() != null && (request.requestId().isBlank() || request.requestId().length() > MAX_REQUEST_ID)) {
            problems.put("requestId", "1 to " + MAX_REQUEST_ID + " characters");
        }
        if (request.statement() == Statement.INVOICED && request.amount() != null
                && (request.amount().signum() <= 0 || request.amount().stripTrailingZeros().scale() > 2)) {
            problems.put("amount", "a positive amount to the fen");
        }
        PaymentNode node = request.node() == null ? null : PaymentNode.of(request.node()).orElse(null);
        BlockingReason reason = BlockingReason.parse(request.reason()).orElse(null);
        if (request.statement() == Statement.REASON) {
            if (node == null) {
                problems.put("node", "required: the node (1 to 5) that is stuck");
            }
            if (reason == null) {
                problems.put("reason", "required: INVOICE_DETAILS_WRONG, CUSTOMER_PROCESS_CHANGED, BANK_ACCOUNT_FROZEN or OTHER");
            } else if (reason == BlockingReason.OTHER && (request.note() == null || request.note().isBlank())) {
                problems.put("note", "required with OTHER: what blocks the payment");
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", "Some fields are missing or invalid",
                    Map.of("fields", problems));
        }
        String note = request.note() == null ? null : request.note().strip();
        String by = "stated by " + request.actor().strip() + (note == null || note.isEmpty() ? "" : ": " + note);
        PaymentFact fact = switch (request.statement()) {
            case INVOICED -> PaymentFact.invoiced(request.invoice(), request.amount(), by);
            case INVOICE_RECEIVED -> PaymentFact.settled(request.invoice(), PaymentNode.INVOICE_RECEIVED, by);
            case PAYMENT_STARTED -> PaymentFact.settled(request.invoice(), PaymentNode.PAYMENT_STARTED, by);
            case CUSTOMER_PAID -> PaymentFact.settled(request.invoice(), PaymentNode.CUSTOMER_PAID, by);
            case REASON -> PaymentFact.reason(request.invoice(), node, reason, by);
        };
        List<Violation> violations = EvidenceText.validate(request.actor().strip(), fact.text(), null);
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", violations.get(0).field() + " "
                    + violations.get(0).message(), Map.of("field", "note"));
        }
        return fact;
    }
}
