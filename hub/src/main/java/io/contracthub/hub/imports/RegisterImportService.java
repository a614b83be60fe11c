package io.contracthub.hub.imports;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.pipeline.CanonicalEvidenceValidator;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.EvidenceCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a register upload: stores the file under the data directory, checks at once that it is a register at all
 * (a spreadsheet, the template's header row, at least one data row), and queues the import on the bounded executor.
 * Imports the hub was stopped in are read again from the start when it is back (rows already imported change nothing).
 */
@Service
public class RegisterImportService {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportService.class);
    private static final int MAX_FILE_NAME = 200;

    private final RegisterImportRepository imports;
    private final RegisterImportExecutor executor;
    private final RegisterImportProperties properties;
    private final RegisterContractParser parser;
    private final ContractEvidenceService evidence;
    private final EvidenceCodec codec;
    private final Clock clock;
    private final Path storage;
    private final TransactionTemplate transactions;

    public RegisterImportService(RegisterImportRepository imports, RegisterImportExecutor executor,
                                 RegisterImportProperties properties, CanonicalEvidenceValidator validator,
                                 ContractEvidenceService evidence, EvidenceCodec codec, Clock clock, HubProperties hub,
                                 PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.executor = executor;
        this.properties = properties;
        this.parser = new RegisterContractParser(validator, clock);
        this.evidence = evidence;
        this.codec = codec;
        this.clock = clock;
        this.storage = hub.dataDir().toAbsolutePath().resolve("imports");
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** @throws RegisterFileException (4xx) for a file that is no register, or when too many imports are waiting */
    public RegisterImport accept(String originalName, InputStream content, String uploadedBy) throws IOException {
        Files.createDirectories(storage);
        String id = UUID.randomUUID().toString();
        Path file = storage.resolve(id);
        String sha256;
        long size;
        try {
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(file)) {
                size = in.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            if (size == 0) {
                throw RegisterFileException.empty();
            }
            RegisterFormat format = RegisterFormat.of(file);
            checkHeaderAndFirstRow(format, file);
            imports.insert(id, fileName(originalName, format), format, size, sha256, file.toString(), uploadedBy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        RegisterImport accepted = imports.find(id).orElseThrow();
        if (!executor.trySubmit(job(accepted))) {
            imports.finish(id, new ImportCounters(), RegisterImport.Status.FAILED, "Too many imports were waiting");
            Files.deleteIfExists(file);
            throw new RegisterFileException(HttpStatus.TOO_MANY_REQUESTS, "imports_busy",
                    "Too many imports are running or waiting; upload the register again in a few minutes", Map.of());
        }
        log.info("Register import {} accepted: {} ({} bytes, sha256 {})", id, accepted.fileName(), size, sha256);
        return accepted;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (RegisterImport unfinished : imports.unfinished()) {
            if (!Files.exists(Path.of(unfinished.storagePath()))) {
                imports.finish(unfinished.id(), new ImportCounters(), RegisterImport.Status.FAILED,
                        "The stored file is gone; import the register again");
                continue;
            }
            imports.restart(unfinished.id());
            log.info("Register import {} was not finished when the hub stopped: reading it again", unfinished.id());
            if (!executor.trySubmit(job(imports.find(unfinished.id()).orElseThrow()))) {
                imports.finish(unfinished.id(), new ImportCounters(), RegisterImport.Status.FAILED,
                        "Too many imports were waiting; import the register again");
            }
        }
    }

    private Runnable job(RegisterImport registerImport) {
        RegisterImportJob job = new RegisterImportJob(registerImport, imports, parser, evidence, codec, clock,
                properties.progressInterval(), transactions);
        return () -> {
            try {
                job.run();
            } finally {
                deleteQuietly(Path.of(registerImport.storagePath()));
            }
        };
    }

    private static void checkHeaderAndFirstRow(RegisterFormat format, Path file) throws IOException {
        boolean[] dataRow = {false};
        RegisterHeader[] header = {null};
        format.reader().read(file, (number, cells) -> {
            if (header[0] == null) {
                if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                    return true;
                }
                header[0] = RegisterHeader.of(cells);
                return true;
            }
            dataRow[0] = cells.stream().anyMatch(cell -> cell != null && !cell.isBlank());
            return !dataRow[0];
        });
        if (!dataRow[0]) {
            throw RegisterFileException.empty();
        }
    }

    private static String fileName(String original, RegisterFormat format) {
        String name = original == null || original.isBlank() ? "register." + format.name().toLowerCase() : original.strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the imported register {}", file.getFileName());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
