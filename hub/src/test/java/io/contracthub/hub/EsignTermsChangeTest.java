package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.contracthub.simulators.esign.SimulatedSignFlow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A document is bound to the terms it was made from: changed terms before signing revoke the flow and send anew. */
class EsignTermsChangeTest extends EsignIntegrationTest {

    @Test
    void termsChangedBeforeSigningRevokeTheFlowAndSendADocumentOnTheNewTerms() throws IOException {
        String number = uniqueNumber();
        postCrm(CrmEvents.event("crm-evt-" + number, Instant.now().minusSeconds(60), number, "SIGNED", EsignContracts.SIGNING_SEGMENT));
        String id = awaitContractId(number);
        String firstFlow = awaitSignFlowId(id);

        String twoScanners = CrmEvents.event("crm-evt-" + number + "-2", Instant.now(), number, "SIGNED", EsignContracts.SIGNING_SEGMENT)
                .replace("\"quantity\": \"1\"", "\"quantity\": \"2\"");
        assertThat(postCrm(twoScanners).statusCode()).isEqualTo(202);

        JsonNode flows = await().atMost(Duration.ofSeconds(30)).until(
                () -> json(apiGet("/api/contracts/" + id + "/signature/flows")), f -> f.size() == 2 && f.get(1).path("signFlowId").isTextual());
        String secondFlow = flows.get(1).path("signFlowId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> esign.flow(firstFlow).orElseThrow().status() == 3);
        SimulatedSignFlow replacement = esign.flow(secondFlow).orElseThrow();
        assertThat(replacement.status()).isEqualTo(1);
        byte[] document = esign.file(replacement.request().at("/docs/0/fileId").asText()).orElseThrow().content();
        assertThat(text(document)).as("two scanners now").contains("¥4,800,000.00").contains("人民币伍佰肆拾贰万肆仟零壹元零柒分");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> json(apiGet("/api/contracts/" + id + "/signature/flows")).size() == 2);
    }

    @Test
    void unchangedTermsLeaveTheFlowAlone() {
        String id = claimedContractInSigning();
        String flowId = awaitSignFlowId(id);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> json(apiGet("/api/contracts/" + id + "/signature/flows")).size() == 1);
        assertThat(esign.flow(flowId).orElseThrow().status()).isEqualTo(1);
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
