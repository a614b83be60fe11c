package io.contracthub.hub.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.model.ContractTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The document a contract is signed on: the approved file the CRM named with the contract's current terms (its
 * newest event's {@code contract.document.url}, from the configured CRM file location only), else a PDF rendered from
 * the terms with the company template.
 */
@Component
public class ContractDocumentSource {

    private static final Logger log = LoggerFactory.getLogger(ContractDocumentSource.class);
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final ContractPdfRenderer renderer;
    private final JournalRepository journal;
    private final String crmDocumentsFrom;
    private final JsonHttpClient crmFiles;

    public ContractDocumentSource(ContractPdfRenderer renderer, JournalRepository journal, ContractDocumentTemplate template,
                                  ObjectMapper objectMapper) {
        this.renderer = renderer;
        this.journal = journal;
        this.crmDocumentsFrom = template.crmDocumentsFrom() == null ? "" : template.crmDocumentsFrom().strip();
        this.crmFiles = crmDocumentsFrom.isEmpty() ? null : new JsonHttpClient(new HttpEndpoint("crm",
                URI.create(crmDocumentsFrom), Duration.ofSeconds(2), Duration.ofSeconds(20)), objectMapper,
                (method, path, body) -> Map.of(), VendorError.fields("code", "message"));
    }

    public RenderedDocument documentFor(String contractId, ContractTerms terms, String sellerName) {
        Optional<String> crmDocument = journal.latestAttachmentRef(contractId, "crm").filter(this::fromTheCrm);
        if (crmDocument.isEmpty()) {
            return renderer.render(terms, sellerName);
        }
        byte[] pdf = crmFiles.downloadFrom(URI.create(crmDocument.get()));
        if (pdf.length <= PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new ConnectorRejectedException("crm", 200, null, "the CRM's contract document is not a PDF");
        }
        log.info("Contract {} is signed on the CRM's document {}", contractId, crmDocument.get());
        return new RenderedDocument(pdf, pages(pdf), terms.contractNumber() + ".pdf");
    }

    private boolean fromTheCrm(String url) {
        return crmFiles != null && url.startsWith(crmDocumentsFrom);
    }

    private static int pages(byte[] pdf) {
        try {
            return new PdfReader(pdf).getNumberOfPages();
        } catch (IOException e) {
            throw new ConnectorRejectedException("crm", 200, null, "the CRM's contract document cannot be read as a PDF");
        }
    }
}
