package io.contracthub.hub.ocr;

import io.contracthub.model.LogMask;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.ocr.RecognizedVoucher;
import io.contracthub.connectors.ocr.VoucherRecognizer;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.RetryPolicy;
import io.contracthub.hub.persistence.VoucherRecognitionWork;
import io.contracthub.hub.persistence.WorkClaims;
import io.contracthub.hub.persistence.VoucherRecord;
import io.contracthub.hub.persistence.VoucherRepository;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.routes.spi.PendingVoucherRecognition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Recognises due vouchers with the configured provider and records the verdict as DOWN_PAYMENT evidence (source
 * "ocr"): CONFIRMED when every matching rule holds, FAILED with the reasons otherwise. Every node runs this; each
 * voucher is claimed by one ({@link VoucherRecognitionWork}). A provider that cannot answer now (time-out, 5xx, open
 * breaker) leaves the voucher pending for a later attempt after the backoff; after the last attempt it is a dead
 * letter, replayable: it is never lost.
 */
@Service
@OnOcrEnabled
public class VoucherRecognitionService implements PendingVoucherRecognition {

    public static final String SOURCE_SYSTEM = "ocr";
    private static final Logger log = LoggerFactory.getLogger(VoucherRecognitionService.class);

    private final VoucherRepository vouchers;
    private final ContractRepository contracts;
    private final VoucherRecognizer recognizer;
    private final ContractEvidenceService evidenceService;
    private final OcrProperties properties;
    private final VoucherMatcher matcher;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final VoucherRecognitionWork work;

    public VoucherRecognitionService(VoucherRepository vouchers, ContractRepository contracts, VoucherRecognizer recognizer,
                                     ContractEvidenceService evidenceService, OcrProperties properties,
                                     PlatformTransactionManager transactionManager, ObjectMapper objectMapper, Clock clock,
                                     WorkClaims claims) {
        this.vouchers = vouchers;
        this.contracts = contracts;
        this.recognizer = recognizer;
        this.evidenceService = evidenceService;
        this.properties = properties;
        this.matcher = new VoucherMatcher(properties.matching().amountTolerance());
        this.transaction = new TransactionTemplate(transactionManager);
        this.objectMapper = objectMapper;
        this.clock = clock;
        OcrProperties.Recognition recognition = properties.recognition();
        // the lease outlasts a call cut off by the time limit, with room for the evidence to be recorded
        Duration lease = properties.resilience().timeout().multipliedBy(3).plus(Duration.ofSeconds(30));
        this.work = new VoucherRecognitionWork(vouchers, claims, transaction,
                new RetryPolicy(recognition.retryAfter(), recognition.maxBackoff(), recognition.maxAttempts(),
                        recognition.retryAfter()), lease, clock);
    }

    @Override
    public int recognizePending() {
        List<VoucherRecord> due = work.claimDue(properties.recognition().batchSize());
        for (VoucherRecord voucher : due) {
            recognize(voucher);
        }
        return due.size();
    }

    private void recognize(VoucherRecord voucher) {
        RecognizedVoucher recognized;
        try {
            recognized = recognizer.recognize(read(voucher));
        } catch (ConnectorUnavailableException e) {
            log.warn("Voucher {} stays pending: {}", voucher.id(), LogMask.text(e.getMessage()));
            work.failed(voucher, recognizer.provider(), e.getMessage());
            return;
        } catch (ConnectorException e) {
            String verdict = "voucher " + voucher.fileName() + " could not be read by " + recognizer.provider() + " ("
                    + e.vendorCode() + ": " + e.vendorMessage() + ")";
            record(voucher, VoucherRecord.UNREADABLE, EvidenceOutcome.FAILED, verdict,
                    new RecognizedVoucher(recognizer.provider(), null, null, null, null, null));
            return;
        }
        List<String> reasons = matcher.reasons(recognized, expectation(voucher.contractId()),
                recognized.serialNumber() != null && vouchers.serialUsedByAnotherContract(recognized.serialNumber(), voucher.contractId()));
        if (reasons.isEmpty()) {
            record(voucher, VoucherRecord.VERIFIED, EvidenceOutcome.CONFIRMED, "voucher " + voucher.fileName() + " verified by "
                    + recognizer.provider() + ": " + recognized.amount().toPlainString() + " paid by " + recognized.payerName()
                    + " on " + recognized.date() + " (serial " + recognized.serialNumber() + ")", recognized);
        } else {
            record(voucher, VoucherRecord.REJECTED, EvidenceOutcome.FAILED, "voucher " + voucher.fileName() + " rejected: "
                    + String.join("; ", reasons), recognized);
        }
    }

    private void record(VoucherRecord voucher, String status, EvidenceOutcome outcome, String verdict, RecognizedVoucher read) {
        transaction.executeWithoutResult(tx -> {
            vouchers.markRecognized(voucher.id(), status, read.provider(), read.payerName(), read.amount(), read.date(),
                    read.serialNumber(), verdict);
            evidenceService.record(voucher.contractId(), new Evidence(Facet.DOWN_PAYMENT, outcome, SOURCE_SYSTEM,
                    "voucher:" + voucher.id(), clock.instant(), read.provider(), verdict, null, null),
                    voucher.sha256(), "voucher:" + voucher.id());
        });
    }

    private VoucherMatcher.Expectation expectation(String contractId) {
        JsonNode terms = view(contractId).path("terms");
        JsonNode required = terms.path("paymentTerms").path("requiredDownPayment");
        JsonNode date = terms.path("contractDate");
        return new VoucherMatcher.Expectation(terms.path("customer").path("name").asText(null),
                required.isNumber() || required.isTextual() ? new BigDecimal(required.asText()) : null,
                date.isTextual() ? LocalDate.parse(date.asText()) : null);
    }

    private JsonNode view(String contractId) {
        try {
            return objectMapper.readTree(contracts.find(contractId).orElseThrow().viewJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored contract view is unreadable", e);
        }
    }

    private static byte[] read(VoucherRecord voucher) {
        try {
            return Files.readAllBytes(Path.of(voucher.storagePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("voucher file " + voucher.storagePath() + " is unreadable", e);
        }
    }
}
