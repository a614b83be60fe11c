package io.contracthub.hub.esign;

import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.hub.document.SignedDocumentStore;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.model.LogMask;
import io.contracthub.routes.spi.SignedDocumentFetch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Once esign says a flow is complete (its SIGN_FLOW_COMPLETE, by callback or query, is in the journal), fetches the
 * signed file from the download URL esign gives for the flow, checks it is a PDF, keeps it in the signed document
 * store and records it once (SignFlowEvidence). A callback that comes twice changes nothing: the flow is only looked
 * at while its copy is missing.
 */
@OnEsignEnabled
@Service
public class SignedDocumentFetcher implements SignedDocumentFetch {

    private static final Logger log = LoggerFactory.getLogger(SignedDocumentFetcher.class);
    private static final int BATCH = 20;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final EsignClient client;
    private final SignFlowRepository flows;
    private final SignedDocumentStore store;
    private final SignFlowEvidence evidence;

    public SignedDocumentFetcher(EsignClient client, SignFlowRepository flows, SignedDocumentStore store,
                                 SignFlowEvidence evidence) {
        this.client = client;
        this.flows = flows;
        this.store = store;
        this.evidence = evidence;
    }

    @Override
    public int fetchCompleted() {
        List<SignFlowRecord> completed = flows.completedWithoutSignedDocument(BATCH);
        for (SignFlowRecord flow : completed) {
            try {
                fetch(flow);
            } catch (ConnectorUnavailableException e) {
                // esign unreachable or its breaker open: the rest would fail alike; the next tick tries again
                log.warn("Could not fetch the signed copy of esign sign flow {}: {}", flow.signFlowId(), LogMask.text(e.getMessage()));
                return completed.size();
            } catch (ConnectorException | SignedDocumentRefusedException e) {
                log.warn("Signed copy of esign sign flow {} not taken: {}", flow.signFlowId(), LogMask.text(e.getMessage()));
            }
        }
        return completed.size();
    }

    private void fetch(SignFlowRecord flow) {
        List<EsignClient.SignedFile> files = client.signedFiles(flow.signFlowId());
        if (files.isEmpty()) {
            throw new SignedDocumentRefusedException("esign lists no signed file for the flow");
        }
        EsignClient.SignedFile file = files.get(0);
        byte[] pdf = client.download(file);
        if (!isPdf(pdf)) {
            throw new SignedDocumentRefusedException("the download of " + file.fileName() + " is not a PDF");
        }
        String sha256 = store.put(pdf);
        if (evidence.recordSignedDocument(flow, sha256, pdf.length, file.fileName())) {
            log.info("Stored the signed copy of esign sign flow {} for contract {} (SHA-256 {})", flow.signFlowId(),
                    flow.contractId(), sha256);
        }
    }

    static boolean isPdf(byte[] bytes) {
        return bytes != null && bytes.length > PDF_MAGIC.length
                && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    static final class SignedDocumentRefusedException extends RuntimeException {
        SignedDocumentRefusedException(String message) {
            super(message);
        }
    }
}
