package io.contracthub.hub;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's payment journeys page: open invoices, the rep's own view, reasons and statement uploads. */
class ConsolePaymentJourneysTest extends ConsoleTest {

    @Test
    void showsTheNodeAnInvoiceWaitsAtForHowLongAndTheRepsOwnView() throws Exception {
        String rep = "rep-" + UUID.randomUUID().toString().substring(0, 6);
        String id = invoiced(rep);
        String invoice = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant start = Instant.now().minus(Duration.ofHours(40)).truncatedTo(ChronoUnit.SECONDS);
        fact(id, "INVOICED", invoice, start);
        fact(id, "INVOICE_RECEIVED", invoice, start);
        fact(id, "PAYMENT_STARTED", invoice, start.plus(Duration.ofHours(4)));

        mvc.perform(get("/payment-journeys").param("rep", rep).with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("第 4 步：客户财务已付款")))
                .andExpect(content().string(containsString("36 小时")))
                .andExpect(content().string(containsString("某医院项目，发票 " + invoice + "，停在第 4 步（客户财务已付款）已 36 小时")))
                .andExpect(content().string(not(containsString("id=\"statement-upload\""))));
        mvc.perform(get("/payment-journeys").param("rep", rep).param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("A 某医院 project, invoice " + invoice + ", waiting at node 4 (customer paid) for 36 h")));
    }

    @Test
    void anOperatorRecordsTheBlockingReasonInTheConsole() throws Exception {
        String id = invoiced("Li Lei");
        String invoice = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        fact(id, "INVOICED", invoice, null);
        mvc.perform(post("/payment-journeys/" + id + "/reasons").param("invoice", invoice).param("node", "2")
                        .param("reason", "INVOICE_DETAILS_WRONG").param("note", "wrong tax number")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attribute("reasonRecorded", invoice));
        HttpResponse<String> journey = apiGet("/api/contracts/" + id + "/payment-journey");
        assertThat(json(journey).path("invoices").get(0).path("reason").asText()).isEqualTo("INVOICE_DETAILS_WRONG");

        mvc.perform(post("/payment-journeys/" + id + "/reasons").param("invoice", invoice).param("node", "2")
                        .param("reason", "OTHER").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOperatorUploadsAStatementAndSeesWhatEachLineBecame() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "icbc.csv", "text/csv",
                ("交易日期,对方户名,贷方发生额,摘要\n2026-03-02,Nobody Known " + UUID.randomUUID() + ",12.34,货款\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/payment-journeys/statements").file(file).param("bank", "icbc")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attributeExists("uploaded"));
        MockMultipartFile bad = new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/payment-journeys/statements").file(bad).param("bank", "icbc")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attribute("uploadError", "The statement has no column \"交易日期\""));
    }

    private String invoiced(String rep) {
        String number = claimedBySales(uniqueNumber(), rep, "某医院");
        String id = awaitContractId(number);
        for (String facet : new String[]{"SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT"}) {
            recordManual(id, facet, "CONFIRMED", "ops.test");
        }
        assertThat(apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"ERP_DOCUMENTS","outcome":"CONFIRMED","actor":"finance.zhao","reason":"invoiced by hand",
                 "milestone":"INVOICE_CREATED"}""").statusCode()).isEqualTo(201);
        awaitContract(id, "INVOICED");
        return id;
    }

    private void fact(String id, String statement, String invoice, Instant at) {
        HttpResponse<String> response = apiPost("/api/contracts/" + id + "/payment-journey/facts",
                "{\"statement\":\"" + statement + "\",\"invoice\":\"" + invoice + "\",\"actor\":\"ops.test\""
                        + (at == null ? "" : ",\"occurredAt\":\"" + at + "\"") + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
