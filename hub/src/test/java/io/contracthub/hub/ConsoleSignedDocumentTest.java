package io.contracthub.hub;

import io.contracthub.simulators.esign.EsignSimulator;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract page offers the signed PDF to OPERATOR and up; a VIEWER sees that it exists but may not download it. */
class ConsoleSignedDocumentTest extends ConsoleTest {

    @Test
    void anOperatorDownloadsTheSignedPdfFromTheContractPage() throws Exception {
        String id = signedContract();

        mvc.perform(get("/contracts/" + id).with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/contracts/" + id + "/signed-document")));
        mvc.perform(get("/contracts/" + id + "/signed-document").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("%PDF-")));
    }

    @Test
    void aViewerIsRefusedTheDownload() throws Exception {
        String id = signedContract();

        mvc.perform(get("/contracts/" + id).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("signed-document-download"))));
        mvc.perform(get("/contracts/" + id + "/signed-document").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    private String signedContract() {
        String number = uniqueNumber();
        postCrm(CrmEvents.event("crm-evt-" + number, Instant.now(), number, "SIGNED", EsignContracts.SIGNING_SEGMENT));
        String id = awaitContractId(number);
        EsignSimulator esign = EsignSimulatorForTests.simulator();
        esign.pushCallbacksTo(uri("/webhooks/esign").toString());
        String flowId = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var flows = json(apiGet("/api/contracts/" + id + "/signature/flows"));
            return flows.size() == 1 && flows.get(0).path("signFlowId").isTextual() ? flows.get(0).path("signFlowId").asText() : null;
        }, flow -> flow != null);
        esign.finish(flowId, EsignSimulator.COMPLETED, EsignSimulator.Delivery.standard());
        await().atMost(Duration.ofSeconds(30)).until(() -> apiGet("/api/contracts/" + id + "/signed-document").statusCode(),
                code -> code == 200);
        return id;
    }
}
