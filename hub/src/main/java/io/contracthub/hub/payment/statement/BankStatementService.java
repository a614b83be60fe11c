package io.contracthub.hub.payment.statement;

import io.contracthub.hub.payment.InvoiceJourney;
import io.contracthub.hub.payment.PaymentFact;
import io.contracthub.hub.payment.PaymentJourneyService;
import io.contracthub.hub.payment.PaymentProperties;
import io.contracthub.hub.persistence.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a bank's statement file: every credit line is stored once (a line seen before, in this file or an earlier one,
 * is reported ALREADY_IMPORTED and changes nothing), matched by {@link StatementMatcher}, and a matched line is journalled
 * as money RECEIVED for its invoice (source "bank"). Lines the matcher leaves to a person wait until someone assigns
 * them ({@link #assign}); a line that was matched or assigned is never used again. One transaction per file.
 */
@Service
public class BankStatementService {

    public static final String SOURCE_SYSTEM = "bank";
    /** The ledger of an ERP's receipts is {@code erp-<system>}, e.g. erp-kingdee. */
    public static final String ERP_LEDGER_PREFIX = "erp-";
    /** Who takes an ERP's receipts: the hub's scheduled read-back. */
    public static final String ERP_READER = "erp-receipts";

    private final PaymentProperties properties;
    private final BankStatementRepository statements;
    private final PaymentJourneyService journeys;
    private final StatementMatcher matcher = new StatementMatcher();
    private final Clock clock;

    public BankStatementService(PaymentProperties properties, BankStatementRepository statements,
                                PaymentJourneyService journeys, Clock clock) {
        this.properties = properties;
        this.statements = statements;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** One line of the upload's answer. */
    public record LineResult(Long id, int row, String bookedOn, BigDecimal amount, String payerName, String reference,
                             String status, String contractNumber, String invoice, List<String> candidates, String note) {
    }

    public record UploadResult(long statementId, String bank, String fileName, List<LineResult> lines,
                               Map<String, Integer> counts) {
    }

    @Transactional
    public UploadResult upload(String bank, String fileName, byte[] file, String uploadedBy) {
        PaymentProperties.Bank columns = bank == null ? null : properties.banks().get(bank);
        if (columns == null) {
            throw new BadStatementException("unknown_bank", "No statement columns are configured for bank \"" + bank + "\"",
                    Map.of("bank", bank == null ? "" : bank, "known", properties.banks().keySet().stream().sorted().toList()));
        }
        List<StatementLine> lines = new BankStatementReader(columns).read(file);
        return take(bank, fileName, Sha256.hex(file), lines, uploadedBy, SOURCE_SYSTEM);
    }

    /**
     * Receipts an ERP booked (docs/payment-journey.md, "Receipts read back from the ERPs"), taken like the lines of a
     * statement of ledger {@code erp-<system>}: each receipt once per invoice it names (the line's serial is
     * {@code <receipt>/<invoice>}), matched by the same rules, journalled with the ERP as source; a receipt the matcher
     * leaves open waits for a person like a bank line.
     * Receipts taken before are skipped without a trace, so reading the same receipts every round adds nothing.
     */
    @Transactional
    public UploadResult takeErpReceipts(String system, List<StatementLine> receipts) {
        String ledger = ERP_LEDGER_PREFIX + system;
        List<StatementLine> fresh = receipts.stream()
                .filter(line -> statements.findByKey(ledger, "serial:" + line.serial()).isEmpty()).toList();
        if (fresh.isEmpty()) {
            return new UploadResult(0, ledger, null, List.of(), Map.of());
        }
        String serials = String.join(",", fresh.stream().map(StatementLine::serial).toList());
        return take(ledger, "receipts read back from " + system, Sha256.hex(serials.getBytes(StandardCharsets.UTF_8)),
                fresh, ERP_READER, system);
    }

    private UploadResult take(String bank, String fileName, String sha256, List<StatementLine> lines, String uploadedBy,
                              String sourceSystem) {
        Instant now = clock.instant();
        long statementId = statements.insertStatement(bank, fileName, sha256, uploadedBy, now);
        List<StatementMatcher.OpenInvoice> open = openInvoices();
        Map<String, Integer> seenInFile = new HashMap<>();
        List<LineResult> results = new ArrayList<>();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (StatementLine line : lines) {
            String key = lineKey(line, seenInFile);
            Optional<BankStatementRepository.StoredLine> earlier = statements.findByKey(bank, key);
            LineResult result = earlier.isPresent() ? alreadyImported(line, earlier.get())
                    : take(statementId, bank, key, line, open, uploadedBy, now, sourceSystem);
            results.add(result);
            counts.merge(result.status(), 1, Integer::sum);
        }
        return new UploadResult(statementId, bank, fileName, results, counts);
    }

    private LineResult take(long statementId, String bank, String key, StatementLine line,
                            List<StatementMatcher.OpenInvoice> open, String actor, Instant now, String sourceSystem) {
        StatementMatcher.Match match = matcher.match(line, open);
        List<String> candidates = match.candidates().stream().map(i -> i.contractNumber() + "/" + i.invoice()).toList();
        if (match.status() != StatementMatcher.Status.MATCHED) {
            String note = match.note() + (candidates.isEmpty() ? "" : "; candidates: " + String.join(", ", candidates));
            long id = statements.insertLine(statementId, bank, key, line, match.status().name(), null, null, note);
            return result(id, line, match.status().name(), null, null, candidates, match.note());
        }
        StatementMatcher.OpenInvoice invoice = match.invoice();
        long id = statements.insertLine(statementId, bank, key, line, match.status().name(), invoice.contractId(),
                invoice.invoice(), match.note());
        String what = sourceSystem.equals(SOURCE_SYSTEM) ? "bank statement line " + id
                : sourceSystem + " receipt " + receiptNumber(line.serial()) + " (line " + id + ")";
        journeys.record(invoice.contractId(), PaymentFact.received(invoice.invoice(), line.amount(),
                        what + " (" + bank + ", " + line.bookedOn() + ", " + line.payerName() + "): " + match.note()),
                sourceSystem, "line:" + id, actor, now, "bank-line:" + id);
        // the same file may hold another line for this invoice: it is owed nothing more now
        open.replaceAll(i -> i == invoice ? new StatementMatcher.OpenInvoice(i.contractId(), i.contractNumber(), i.invoice(),
                i.customerName(), i.outstanding().subtract(line.amount())) : i);
        open.removeIf(i -> i.outstanding().signum() <= 0);
        return result(id, line, match.status().name(), invoice.contractNumber(), invoice.invoice(), candidates, match.note());
    }

    /**
     * A person's decision on a line the matcher left open: the money is for this contract's invoice. Refused when the
     * line was matched or assigned before, or the invoice is not waiting for money.
     */
    @Transactional
    public LineResult assign(long lineId, String contractId, String invoice, String actor, String note) {
        BankStatementRepository.StoredLine line = statements.find(lineId)
                .orElseThrow(() -> new StatementDecisionException(404, "line_not_found", "No bank statement line " + lineId));
        if (!"REVIEW".equals(line.status()) && !"UNMATCHED".equals(line.status())) {
            throw new StatementDecisionException(409, "line_already_used", "Line " + lineId + " was already "
                    + line.status().toLowerCase() + (line.invoice() == null ? "" : " to invoice " + line.invoice())
                    + ": a statement line pays one invoice once");
        }
        PaymentJourneyService.ContractJourney journey = journeys.journey(contractId);
        boolean waiting = journey.journey().open().stream().anyMatch(i -> i.invoice().equals(invoice));
        if (!waiting) {
            throw new StatementDecisionException(409, "invoice_not_waiting", "Invoice " + invoice + " of contract "
                    + journey.contract().contractNumber() + " is not waiting for money");
        }
        Instant now = clock.instant();
        String decision = "assigned by " + actor + (note == null || note.isBlank() ? "" : ": " + note.strip());
        if (!statements.assign(lineId, contractId, invoice, actor, decision, now)) {
            throw new StatementDecisionException(409, "line_already_used", "Line " + lineId + " was decided meanwhile");
        }
        journeys.record(contractId, PaymentFact.received(invoice, line.amount(), "bank statement line " + lineId + " ("
                        + line.bank() + ", " + line.bookedOn() + ", " + line.payerName() + ") " + decision),
                SOURCE_SYSTEM, "line:" + lineId, actor, now, "bank-line:" + lineId);
        return new LineResult(lineId, line.row(), line.bookedOn().toString(), line.amount(), line.payerName(),
                line.reference(), "ASSIGNED", journey.contract().contractNumber(), invoice, List.of(), decision);
    }

    private List<StatementMatcher.OpenInvoice> openInvoices() {
        List<StatementMatcher.OpenInvoice> open = new ArrayList<>();
        for (PaymentJourneyService.ContractJourney contract : journeys.openJourneys()) {
            for (InvoiceJourney invoice : contract.journey().open()) {
                if (invoice.amount() == null) {
                    continue;
                }
                BigDecimal outstanding = invoice.amount().subtract(invoice.received());
                if (outstanding.signum() > 0) {
                    open.add(new StatementMatcher.OpenInvoice(contract.contract().id(), contract.contract().contractNumber(),
                            invoice.invoice(), contract.contract().customerName(), outstanding));
                }
            }
        }
        return open;
    }

    /** An ERP receipt's line serial is {@code <receipt number>/<invoice>}: the receipt's own number. */
    private static String receiptNumber(String serial) {
        int slash = serial.indexOf('/');
        return slash < 0 ? serial : serial.substring(0, slash);
    }

    /** The bank's serial number when it gives one; else the line's content and how often it occurred before in this file. */
    private static String lineKey(StatementLine line, Map<String, Integer> seenInFile) {
        if (line.serial() != null) {
            return "serial:" + line.serial();
        }
        String content = line.bookedOn() + "|" + line.amount().toPlainString() + "|" + line.payerName() + "|"
                + (line.reference() == null ? "" : line.reference());
        int occurrence = seenInFile.merge(content, 1, Integer::sum);
        return "sha256:" + Sha256.hex((content + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
    }

    private static LineResult alreadyImported(StatementLine line, BankStatementRepository.StoredLine earlier) {
        return new LineResult(earlier.id(), line.row(), line.bookedOn().toString(), line.amount(), line.payerName(),
                line.reference(), "ALREADY_IMPORTED", null, earlier.invoice(), List.of(),
                "imported before as line " + earlier.id() + " (" + earlier.status() + "): not used again");
    }

    private static LineResult result(long id, StatementLine line, String status, String contractNumber, String invoice,
                                     List<String> candidates, String note) {
        return new LineResult(id, line.row(), line.bookedOn().toString(), line.amount(), line.payerName(), line.reference(),
                status, contractNumber, invoice, candidates, note);
    }
}
