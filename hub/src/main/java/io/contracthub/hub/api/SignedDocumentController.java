package io.contracthub.hub.api;

import io.contracthub.hub.document.SignedDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /api/contracts/{id}/signed-document}: the signed PDF esign returned for the contract's completed sign
 * flow (the newest, when there were several), with its SHA-256 in {@code X-Content-SHA256}. The API key carries no
 * console roles; whoever holds it may read everything under /api, this included.
 */
@RestController
public class SignedDocumentController {

    private final SignedDocuments documents;

    public SignedDocumentController(SignedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/contracts/{id}/signed-document")
    public ResponseEntity<byte[]> signedDocument(@PathVariable String id) {
        return documents.download(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "signed_document_not_found",
                "Contract " + id + " has no signed document yet", Map.of("contractId", id)));
    }
}
