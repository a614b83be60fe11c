package io.contracthub.hub.imports;

import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.EvidenceCodec;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run through a stored register: count its rows (for the time left), then stream them, group consecutive rows of
 * one contract, and hand each valid contract to the evidence path as COMMERCIAL evidence from source {@code import}.
 * A refused contract is written to the refusals and the next one goes on.
 */
final class RegisterImportJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportJob.class);
    static final int BATCH = 50;

    private final RegisterImport registerImport;
    private final RegisterImportRepository imports;
    private final RegisterContractParser parser;
    private final ContractEvidenceService evidence;
    private final EvidenceCodec codec;
    private final Clock clock;
    private final Duration progressInterval;
    private final TransactionTemplate transactions;

    private final ImportCounters counters = new ImportCounters();
    // first row of every contract number seen: the rows of one contract must be consecutive
    private final Map<String, Integer> firstRows = new HashMap<>();
    private final List<RegisterRow> group = new ArrayList<>();
    private final List<RegisterContract> pending = new ArrayList<>();
    private RegisterHeader header;
    private Instant lastProgress;

    RegisterImportJob(RegisterImport registerImport, RegisterImportRepository imports, RegisterContractParser parser,
                      ContractEvidenceService evidence, EvidenceCodec codec, Clock clock, Duration progressInterval,
                      TransactionTemplate transactions) {
        this.registerImport = registerImport;
        this.imports = imports;
        this.parser = parser;
        this.evidence = evidence;
        this.codec = codec;
        this.clock = clock;
        this.progressInterval = progressInterval;
        this.transactions = transactions;
    }

    @Override
    public void run() {
        String id = registerImport.id();
        Path file = Path.of(registerImport.storagePath());
        try {
            imports.counting(id);
            SheetReader reader = registerImport.format().reader();
            imports.running(id, countRows(reader, file));
            lastProgress = clock.instant();
            reader.read(file, this::row);
            flushGroup();
            recordPending();
            imports.finish(id, counters, RegisterImport.Status.DONE, null);
            log.info("Register import {} done: {} rows, {} contracts recorded, {} unchanged, {} refused", id,
                    counters.rowsDone(), counters.contractsRecorded(), counters.contractsUnchanged(),
                    counters.contractsRefused());
        } catch (RegisterFileException | IOException e) {
            log.warn("Register import {} stopped: the file cannot be read to its end", id);
            imports.finish(id, counters, RegisterImport.Status.FAILED,
                    "The file cannot be read to its end; rows before it were imported");
        } catch (RuntimeException e) {
            log.error("Register import {} failed", id, e);
            imports.finish(id, counters, RegisterImport.Status.FAILED,
                    "The import stopped unexpectedly; import the file again (rows already imported stay as they are)");
        }
    }

    private static int countRows(SheetReader reader, Path file) throws IOException {
        int[] rows = {0};
        boolean[] header = {true};
        reader.read(file, (number, cells) -> {
            if (isBlank(cells)) {
                return true;
            }
            if (header[0]) {
                header[0] = false;
            } else {
                rows[0]++;
            }
            return true;
        });
        return rows[0];
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private boolean row(int number, List<String> cells) {
        if (header == null) {
            if (!isBlank(cells)) {
                header = RegisterHeader.of(cells);
            }
            return true;
        }
        RegisterRow row = header.row(number, cells);
        if (row.isBlank()) {
            return true;
        }
        String contractNumber = row.get(RegisterColumn.CONTRACT_NUMBER);
        if (!group.isEmpty() && (contractNumber == null || !contractNumber.equals(group.get(0).get(RegisterColumn.CONTRACT_NUMBER)))) {
            flushGroup();
        }
        group.add(row);
        if (contractNumber == null) {
            // a row without a number cannot belong to any contract: refused on its own
            flushGroup();
        }
        reportProgress();
        return true;
    }

    private void flushGroup() {
        if (group.isEmpty()) {
            return;
        }
        List<RegisterRow> rows = List.copyOf(group);
        group.clear();
        RegisterContract contract = parser.parse(rows);
        String number = contract.contractNumber();
        Integer seenAt = number == null ? null : firstRows.putIfAbsent(number, contract.firstRow());
        if (seenAt != null) {
            refuse(rows, rows.stream().map(row -> new RowReason(row.number(), number, RegisterColumn.CONTRACT_NUMBER,
                    "合同 " + number + " 的各行必须相邻；它已在第 " + seenAt + " 行出现",
                    "The rows of contract " + number + " must be next to each other; it appeared at row " + seenAt
                            + " already")).toList());
        } else if (contract.refused()) {
            refuse(rows, contract.reasons());
        } else {
            record(contract);
        }
    }

    /**
     * Valid contracts are recorded {@value #BATCH} to a transaction (each commit is a disk write; one per contract
     * would bound the import by the disk's commit rate). Should one of them fail, the batch is rolled back and each of
     * its contracts is recorded again in a transaction of its own, so only the failing one is refused.
     */
    private void record(RegisterContract contract) {
        pending.add(contract);
        if (pending.size() >= BATCH) {
            recordPending();
        }
    }

    private void recordPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<RegisterContract> batch = List.copyOf(pending);
        pending.clear();
        try {
            List<Boolean> recorded = transactions.execute(status -> batch.stream().map(this::recordOne).toList());
            for (int i = 0; i < batch.size(); i++) {
                count(batch.get(i), recorded.get(i));
            }
        } catch (RuntimeException batchFailed) {
            for (RegisterContract contract : batch) {
                recordAlone(contract);
            }
        }
    }

    private void recordAlone(RegisterContract contract) {
        try {
            count(contract, transactions.execute(status -> recordOne(contract)));
        } catch (RuntimeException e) {
            log.warn("Register import {}: contract at row {} could not be stored", registerImport.id(), contract.firstRow(), e);
            refuse(contract.rows(), contract.rows().stream().map(row -> new RowReason(row.number(), contract.contractNumber(),
                    null, "此合同暂时无法保存，请稍后重新导入本文件（已导入的行不会重复导入）",
                    "The contract could not be stored just now; import the file again later (imported rows are not "
                            + "imported twice)")).toList());
        }
    }

    private boolean recordOne(RegisterContract contract) {
        EvidenceOutcome outcome = contract.signed() ? EvidenceOutcome.CONFIRMED : EvidenceOutcome.PENDING;
        // the row's content is its key: the same register imported again (as XLSX or CSV) journals nothing new
        String content = codec.json(contract.terms()) + "|" + outcome + "|" + contract.occurredAt();
        String hash = Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
        Evidence claim = new Evidence(Facet.COMMERCIAL, outcome, Evidence.IMPORT, "register-" + hash,
                contract.occurredAt(), null, "Contract register import, row " + contract.firstRow()
                + (contract.signed() ? ": signed" : ": not signed yet"), null, contract.terms());
        return evidence.recordTerms(claim, hash);
    }

    private void count(RegisterContract contract, boolean recorded) {
        if (recorded) {
            counters.recorded(contract.rows().size());
        } else {
            counters.unchanged(contract.rows().size());
        }
    }

    private void refuse(List<RegisterRow> rows, List<RowReason> reasons) {
        imports.refuse(registerImport.id(), reasons);
        counters.refused(rows.size());
    }

    private void reportProgress() {
        Instant now = clock.instant();
        if (!now.isBefore(lastProgress.plus(progressInterval))) {
            imports.progress(registerImport.id(), counters);
            lastProgress = now;
        }
    }
}
