package io.contracthub.hub.esign;

import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.document.RenderedDocument;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Uploads a contract document the way esign's v3 API takes files: ask for an upload URL with the file's Content-MD5,
 * type, name and size; PUT the bytes there; ask for the file's status until esign says it is ready. Each call goes
 * through the esign client (its signing and the "esign" resilience).
 */
@OnEsignEnabled
@Component
public class EsignDocumentUploader {

    static final String PDF = "application/pdf";

    private final EsignClient client;
    private final int polls;
    private final Duration interval;

    public EsignDocumentUploader(EsignClient client, HubProperties properties) {
        this.client = client;
        this.polls = properties.connectors().esign().signFlow().fileReadyPolls();
        this.interval = properties.connectors().esign().signFlow().fileReadyPollInterval();
    }

    /**
     * @return the fileId esign knows the document by, once it is ready
     * @throws ConnectorUnavailableException when esign has not taken the file in after the configured polls (the
     *                                       caller's trigger is redelivered and uploads again)
     */
    public String upload(RenderedDocument document) {
        EsignClient.FileUpload upload = client.requestFileUpload(document.pdf(), PDF, document.fileName());
        client.uploadFile(upload, document.pdf(), PDF);
        for (int poll = 1; poll <= polls; poll++) {
            if (EsignClient.isReady(client.fileStatus(upload.fileId()))) {
                return upload.fileId();
            }
            if (poll < polls) {
                pause();
            }
        }
        throw new ConnectorUnavailableException(EsignClient.SYSTEM, "esign has not taken in file " + upload.fileId()
                + " after " + polls + " status queries", null);
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(EsignClient.SYSTEM, "interrupted while waiting for an upload", e);
        }
    }
}
