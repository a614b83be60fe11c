package io.contracthub.hub.document;

import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.SignedDocumentRecord;
import io.contracthub.hub.persistence.SignedDocumentRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A contract's signed PDF as the API and the console offer it for download. */
@Service
public class SignedDocuments {

    private final ContractRepository contracts;
    private final SignedDocumentRepository records;
    private final SignedDocumentStore store;

    public SignedDocuments(ContractRepository contracts, SignedDocumentRepository records, SignedDocumentStore store) {
        this.contracts = contracts;
        this.records = records;
        this.store = store;
    }

    /** @throws ContractNotFoundException for an unknown contract; empty while it has no signed copy */
    public Optional<SignedDocumentRecord> latest(String contractId) {
        contracts.find(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        return records.latestFor(contractId);
    }

    /** The PDF as a download, with its hash in a header; empty while the contract has no signed copy. */
    public Optional<ResponseEntity<byte[]>> download(String contractId) {
        return latest(contractId).flatMap(record -> store.get(record.sha256()).map(pdf -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(record.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", record.sha256())
                .body(pdf)));
    }
}
