package io.contracthub.hub;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** When the CRM names the approved contract file with the terms, the contract is signed on that file. */
class EsignCrmDocumentTest extends EsignIntegrationTest {

    private HttpServer crmFiles;
    private byte[] approved;

    @BeforeEach
    void serveTheCrmsFile() throws IOException {
        approved = pdf("CRM approved contract file");
        crmFiles = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        crmFiles.createContext("/files/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, approved.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(approved);
            }
        });
        crmFiles.start();
    }

    @AfterEach
    void stopServing() {
        crmFiles.stop(0);
    }

    @Test
    void theCrmsDocumentIsUploadedInsteadOfARenderedOne() {
        String number = uniqueNumber();
        String url = "http://127.0.0.1:" + crmFiles.getAddress().getPort() + "/files/" + number + ".pdf";
        String event = CrmEvents.event("crm-evt-" + number, Instant.now(), number, "SIGNED", EsignContracts.SIGNING_SEGMENT)
                .replace("\"currency\": \"CNY\",", "\"currency\": \"CNY\", \"document\": {\"url\": \"" + url + "\"},");

        assertThat(postCrm(event).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        String flowId = awaitSignFlowId(id);

        String fileId = esign.flow(flowId).orElseThrow().request().at("/docs/0/fileId").asText();
        assertThat(esign.file(fileId).orElseThrow().content()).isEqualTo(approved);
    }

    @Test
    void aDocumentUrlThatIsNotHttpIsRefused() {
        String number = uniqueNumber();
        String event = CrmEvents.event("crm-evt-" + number, Instant.now(), number, "SIGNED", EsignContracts.SIGNING_SEGMENT)
                .replace("\"currency\": \"CNY\",", "\"currency\": \"CNY\", \"document\": {\"url\": \"file:///etc/passwd\"},");

        var response = postCrm(event);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_field");
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
