package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.simulators.esign.EsignJournalEntry;
import io.contracthub.simulators.esign.EsignSimulator;
import io.contracthub.simulators.esign.SimulatedSignFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Each contract is signed on its own rendered PDF, and the signed copy comes back and is kept. */
class EsignContractDocumentTest extends EsignIntegrationTest {

    @Autowired
    private EsignClient esignClient;

    @Test
    void theSignFlowSignsTheContractsOwnPdfUploadedInEsignsThreeSteps() throws IOException {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);
        String number = json(apiGet("/api/contracts/" + id)).path("contractNumber").asText();

        SimulatedSignFlow flow = esign.flow(flowId).orElseThrow();
        String fileId = flow.request().at("/docs/0/fileId").asText();
        byte[] uploaded = esign.file(fileId).orElseThrow().content();

        assertThat(flow.request().at("/docs/0/fileName").asText()).isEqualTo(number + ".pdf");
        assertThat(text(uploaded)).contains("合同编号：" + number).contains("华东医疗器械有限公司")
                .contains("人民币贰佰柒拾壹万贰仟零壹元零柒分").contains("甲方（盖章）");
        assertThat(flow.request().at("/signers/0/signFields/0/normalSignFieldConfig/signFieldPosition/positionX").asDouble())
                .as("the customer's seal where the template puts it").isEqualTo(150);
        assertThat(flow.request().at("/signers/1/signFields/0/normalSignFieldConfig/signFieldPosition/positionX").asDouble())
                .isEqualTo(420);
        List<String> steps = esign.journal().stream().filter(entry -> entry.what().contains(fileId)
                        || entry.what().equals("POST /v3/files/file-upload-url") && entry.body().contains(fileId))
                .map(entry -> entry.what().replace(fileId, "{fileId}") + " " + entry.status() + fileStatus(entry)).toList();
        assertThat(steps).as("upload URL, PUT, then the status until it is ready").containsExactly(
                "POST /v3/files/file-upload-url 200", "PUT /esign-oss/upload/{fileId} 200",
                "GET /v3/files/{fileId} 200 fileStatus=1", "GET /v3/files/{fileId} 200 fileStatus=2");
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredMd5AreRefusedByEsign() {
        EsignClient.FileUpload upload = esignClient.requestFileUpload(bytes("%PDF-1.4 declared"), "application/pdf", "x.pdf");

        assertThatThrownBy(() -> esignClient.uploadFile(upload, bytes("%PDF-1.4 something else"), "application/pdf"))
                .isInstanceOf(ConnectorRejectedException.class);
        assertThat(esign.file(upload.fileId()).orElseThrow().content()).isNull();
    }

    @Test
    void theSignedCopyIsDownloadedStoredOnceJournalledWithItsHashAndServed() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        esign.finish(flowId, EsignSimulator.COMPLETED, new EsignSimulator.Delivery(2, true, false, true));

        HttpResponse<byte[]> download = await().atMost(Duration.ofSeconds(30))
                .until(() -> apiGetBytes("/api/contracts/" + id + "/signed-document"), r -> r.statusCode() == 200);
        String sha256 = Sha256.hex(download.body());
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(download.body(), StandardCharsets.ISO_8859_1)).as("esign's signed copy, not the upload")
                .contains("sign flow " + flowId);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(sha256);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> signedDocumentEntries(id).size() == 1);
        JsonNode entry = signedDocumentEntries(id).get(0);
        assertThat(entry.path("facet").asText()).isEqualTo("SIGNATURE");
        assertThat(entry.path("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(entry.path("attachmentRef").asText()).isEqualTo("signed-document:sha256:" + sha256)
                .matches("signed-document:sha256:[0-9a-f]{64}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signed_document WHERE sign_flow_id = ?", Integer.class, flowId))
                .isEqualTo(1);
    }

    @Test
    void aContractNotSignedYetHasNoSignedDocument() {
        String id = claimedContractInSigning();
        awaitSignFlowId(id);

        HttpResponse<String> response = apiGet("/api/contracts/" + id + "/signed-document");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("signed_document_not_found");
        assertThat(apiGet("/api/contracts/ch-no-such/signed-document").statusCode()).isEqualTo(404);
    }

    private List<JsonNode> signedDocumentEntries(String contractId) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        for (JsonNode entry : timeline(contractId)) {
            if (entry.path("sourceEventId").asText().startsWith("SIGNED_DOCUMENT:")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private HttpResponse<byte[]> apiGetBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fileStatus(EsignJournalEntry entry) {
        int at = entry.body().indexOf("\"fileStatus\":");
        return entry.what().startsWith("GET /v3/files/") && at >= 0
                ? " fileStatus=" + entry.body().charAt(at + "\"fileStatus\":".length()) : "";
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }
}
