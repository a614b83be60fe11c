package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.hub.payment.PaymentStallScanner;
import io.contracthub.simulators.wecom.WecomSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment journey of a contract's invoices, driven as people would: facts stated over the API and from WeCom,
 * bank statement files uploaded, the stall scan run at chosen instants.
 */
class PaymentJourneyTest extends HubIntegrationTest {

    private static final String CUSTOMER = "华东医疗器械有限公司";

    @Autowired
    private PaymentStallScanner stallScanner;

    @Test
    void takesAContractFromInvoicedToPaidThroughAllFiveNodesAndTwoStatementFiles() {
        String number = uniqueNumber();
        String id = invoicedContract(number);
        BigDecimal gross = new BigDecimal(json(apiGet("/api/contracts/" + id)).path("terms").path("totals").path("gross").asText());
        BigDecimal downPayment = gross.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal balance = gross.subtract(downPayment);
        String dp = "DP" + suffix();
        String bal = "BAL" + suffix();
        state(id, "INVOICED", dp, "\"amount\":\"" + downPayment + "\"", null);
        state(id, "INVOICED", bal, "\"amount\":\"" + balance + "\"", null);

        // node 2 from the rep's reply in WeCom, nodes 3 and 4 stated over the API
        assertThat(postWecom(textMessage("u1001", "received " + number + " " + dp, Instant.now())).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> invoice(id, dp).path("waitingAt").path("number").asInt() == 3);
        state(id, "INVOICE_RECEIVED", bal, null, null);
        for (String invoice : List.of(dp, bal)) {
            state(id, "PAYMENT_STARTED", invoice, null, null);
            state(id, "CUSTOMER_PAID", invoice, null, null);
        }
        assertThat(invoice(id, dp).path("summary").asText())
                .isEqualTo("A " + CUSTOMER + " project, invoice " + dp + ", waiting at node 5 (money arrived) for 0 h");

        // the down payment arrives, paid by a name written with full-width brackets and spaces
        JsonNode first = upload("icbc", csv(line("S-" + dp, "华东 医疗器械（有限公司）", downPayment, "首付款 " + dp)));
        assertThat(first.path("lines").get(0).path("status").asText()).isEqualTo("MATCHED");
        assertThat(first.path("lines").get(0).path("invoice").asText()).isEqualTo(dp);
        assertThat(invoice(id, dp).path("waitingAt").isNull()).isTrue();
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).as("the balance is still owed").isEqualTo("INVOICED");

        String balanceFile = csv(line("S-" + bal, CUSTOMER, balance, "尾款 " + bal));
        assertThat(upload("icbc", balanceFile).path("lines").get(0).path("status").asText()).isEqualTo("MATCHED");
        JsonNode journey = json(apiGet("/api/contracts/" + id + "/payment-journey"));
        assertThat(journey.path("paid").asBoolean()).isTrue();
        assertThat(new BigDecimal(journey.path("received").asText())).isEqualByComparingTo(gross);
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("PAID");

        // the same file again: its line was used and is not used again
        JsonNode again = upload("icbc", balanceFile);
        assertThat(again.path("lines").get(0).path("status").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(again.path("counts").path("MATCHED").isMissingNode()).isTrue();
    }

    @Test
    void closesTheContractWhenItIsPaidAndDeliveredInEitherOrder() {
        String id = invoicedContract(uniqueNumber());
        BigDecimal gross = new BigDecimal(json(apiGet("/api/contracts/" + id)).path("terms").path("totals").path("gross").asText());
        String inv = "C" + suffix();
        state(id, "INVOICED", inv, "\"amount\":\"" + gross + "\"", null);

        HttpResponse<String> delivered = apiPost("/api/contracts/" + id + "/delivery",
                "{\"document\":\"XSCKD-" + inv + "\",\"actor\":\"warehouse.qian\",\"note\":\"signed for by the customer\"}");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
        assertThat(json(delivered).path("lifecycle").asText()).as("delivered but not paid").isEqualTo("INVOICED");
        long version = json(delivered).path("version").asLong();

        HttpResponse<String> again = apiPost("/api/contracts/" + id + "/delivery",
                "{\"document\":\"XSCKD-" + inv + "\",\"actor\":\"warehouse.qian\"}");
        assertThat(json(again).path("version").asLong()).as("the same delivery note again changes nothing").isEqualTo(version);

        upload("icbc", csv(line("S-" + inv, CUSTOMER, gross, "货款 " + inv)));
        assertThat(json(apiGet("/api/contracts/" + id)).path("lifecycle").asText()).isEqualTo("CLOSED");
        assertThat(apiGet("/api/contracts/" + id + "/timeline").body()).contains("delivery note XSCKD-" + inv);
    }

    @Test
    void refusesADeliveryWithoutDocumentOrActor() {
        String id = invoicedContract(uniqueNumber());
        HttpResponse<String> refused = apiPost("/api/contracts/" + id + "/delivery", "{\"document\":\"bad number!\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(refused).path("details").path("fields").has("document")).isTrue();
        assertThat(json(refused).path("details").path("fields").has("actor")).isTrue();
        assertThat(json(apiGet("/api/contracts/" + id)).path("facets").toString()).doesNotContain("delivery-api");
    }

    @Test
    void leavesTwoCandidatesAndAPartialPaymentToAPersonAndNeverUsesALineTwice() {
        BigDecimal amount = new BigDecimal(String.valueOf(100_000 + (int) (Math.random() * 800_000))).add(new BigDecimal("0.37"));
        String first = invoicedContract(uniqueNumber());
        String second = invoicedContract(uniqueNumber());
        String inv1 = "T" + suffix();
        String inv2 = "T" + suffix();
        state(first, "INVOICED", inv1, "\"amount\":\"" + amount + "\"", null);
        state(second, "INVOICED", inv2, "\"amount\":\"" + amount + "\"", null);

        JsonNode upload = upload("icbc", csv(line(null, CUSTOMER, amount, "货款"),
                line(null, CUSTOMER, amount.divide(new BigDecimal("2"), 2, RoundingMode.DOWN), "part of " + inv2)));
        JsonNode twoCandidates = upload.path("lines").get(0);
        assertThat(twoCandidates.path("status").asText()).isEqualTo("REVIEW");
        assertThat(twoCandidates.path("candidates").toString()).contains(inv1).contains(inv2);
        JsonNode partial = upload.path("lines").get(1);
        assertThat(partial.path("status").asText()).isEqualTo("REVIEW");
        assertThat(partial.path("note").asText()).startsWith("partial payment: ");
        assertThat(invoice(first, inv1).path("received").decimalValue()).isZero();

        long lineId = twoCandidates.path("id").asLong();
        HttpResponse<String> assigned = apiPost("/api/bank-statements/lines/" + lineId + "/assign",
                "{\"contractId\":\"" + first + "\",\"invoice\":\"" + inv1 + "\",\"actor\":\"finance.zhao\",\"note\":\"called the customer\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(invoice(first, inv1).path("received").decimalValue()).isEqualByComparingTo(amount);

        HttpResponse<String> reused = apiPost("/api/bank-statements/lines/" + lineId + "/assign",
                "{\"contractId\":\"" + second + "\",\"invoice\":\"" + inv2 + "\",\"actor\":\"finance.zhao\"}");
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).path("code").asText()).isEqualTo("line_already_used");
        assertThat(invoice(second, inv2).path("received").decimalValue()).isZero();
    }

    @Test
    void refusesABadStatementFileWithAClearError() {
        HttpResponse<String> garbage = uploadRaw("icbc", "statement.xlsx", new byte[]{'P', 'K', 3, 4, 9, 9, 9});
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).path("code").asText()).isEqualTo("unreadable_file");

        HttpResponse<String> columns = uploadRaw("icbc", "s.csv", "date,amount\n2026-01-01,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.statusCode()).isEqualTo(400);
        assertThat(json(columns).path("code").asText()).isEqualTo("missing_column");

        HttpResponse<String> bank = uploadRaw("no-such-bank", "s.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(bank.statusCode()).isEqualTo(400);
        assertThat(json(bank).path("code").asText()).isEqualTo("unknown_bank");
        assertThat(bank.body()).doesNotContain("Exception").doesNotContain("/work/");
    }

    @Test
    void alertsAStalledNodeOnceTakesTheReasonFromAWecomCardAndEscalatesTheSecondStall() {
        String number = uniqueNumber();
        String id = invoicedContract(number);
        String inv = "S" + suffix();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(100));
        state(id, "INVOICED", inv, null, start);
        state(id, "INVOICE_RECEIVED", inv, null, start.plus(Duration.ofHours(1)));
        state(id, "PAYMENT_STARTED", inv, null, start.plus(Duration.ofHours(2)));

        stallScanner.scanAt(start.plus(Duration.ofHours(2 + 47)));
        assertThat(alerts(id)).as("47 h are not a stall").isEmpty();
        stallScanner.scanAt(start.plus(Duration.ofHours(2 + 48)));
        stallScanner.scanAt(start.plus(Duration.ofHours(2 + 60)));
        List<Map<String, Object>> alerts = alerts(id);
        assertThat(alerts).hasSize(1);
        assertThat((String) alerts.get(0).get("reason")).startsWith("[journey kind=ALERTED invoice=" + inv + " node=4 stall=1]");
        long firstAlert = ((Number) alerts.get(0).get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> audiencesOf(firstAlert).size() == 3);
        assertThat(audiencesOf(firstAlert)).containsExactlyInAnyOrder("rep", "finance", "director");
        assertThat(jdbc.queryForObject("SELECT body FROM people_notification WHERE source_table = 'journal' AND source_id = ? "
                + "AND source_key = 'rep'", String.class, firstAlert))
                .contains("reason " + number + " " + inv + " 4 3").contains("银行账户冻结");

        // the rep clicks "bank account frozen" on the card
        Instant answeredAt = start.plus(Duration.ofHours(2 + 61));
        String card = "<xml><ToUserName><![CDATA[ww-test-corp]]></ToUserName><FromUserName><![CDATA[u1001]]></FromUserName>"
                + "<CreateTime>" + answeredAt.getEpochSecond() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[reason " + number + " " + inv
                + " 4 3 account frozen by court order]]></EventKey><TaskId><![CDATA[stall-" + inv + "]]></TaskId>"
                + "<AgentID>1000002</AgentID></xml>";
        assertThat(postWecom(ChatCallbackTest.WECOM.sealMessage(card, "1000002")).statusCode()).isEqualTo(200);
        JsonNode answered = await().atMost(Duration.ofSeconds(30)).until(() -> invoice(id, inv), i -> !i.path("reason").isNull());
        assertThat(answered.path("reason").asText()).isEqualTo("BANK_ACCOUNT_FROZEN");
        assertThat(answered.path("reasonNote").asText()).contains("account frozen by court order").contains("u1001");

        stallScanner.scanAt(answeredAt.plus(Duration.ofHours(47)));
        assertThat(alerts(id)).hasSize(1);
        stallScanner.scanAt(answeredAt.plus(Duration.ofHours(48)));
        List<Map<String, Object>> afterSecondStall = alerts(id);
        assertThat(afterSecondStall).hasSize(2);
        assertThat((String) afterSecondStall.get(1).get("reason")).startsWith("[journey kind=ALERTED invoice=" + inv + " node=4 stall=2]");
        long secondAlert = ((Number) afterSecondStall.get(1).get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !audiencesOf(secondAlert).isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> audiencesOf(secondAlert).equals(List.of("director")));
    }

    @Test
    void sendsTheStallAlertAsAWecomCardWhoseClickIsJournalledAsTheReasonAndEscalatesTheSecondStallToTheDirectorAlone() {
        WecomSimulator wecom = PeopleSimulatorsForTests.wecom();
        wecom.hubCallbackUrl("http://127.0.0.1:" + port + "/webhooks/wecom");
        String number = uniqueNumber();
        String id = invoicedContract(number);
        String inv = "K" + suffix();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(100));
        state(id, "INVOICED", inv, null, start);
        state(id, "INVOICE_RECEIVED", inv, null, start.plus(Duration.ofHours(1)));

        stallScanner.scanAt(start.plus(Duration.ofHours(1 + 48)));
        stallScanner.scanAt(start.plus(Duration.ofHours(1 + 50)));
        assertThat(alerts(id)).as("one alert per stall").hasSize(1);
        long firstAlert = ((Number) alerts(id).get(0).get("id")).longValue();
        String repCard = "stall-" + firstAlert + "-rep";
        WecomSimulator.SentCard card = await().atMost(Duration.ofSeconds(30))
                .until(() -> wecom.cards().get(repCard), sent -> sent != null);
        String rep = jdbc.queryForObject("SELECT recipients FROM people_notification WHERE source_table = 'journal' "
                + "AND source_id = ? AND source_key = 'rep'", String.class, firstAlert);
        assertThat(card.toUsers()).containsExactly(rep);
        assertThat(card.buttonTexts()).containsExactly("发票信息有误", "客户流程变更", "银行账户冻结", "其他");
        assertThat(card.buttonKeys().get(1)).isEqualTo("reason " + number + " " + inv + " 3 2");

        // the rep clicks "customer's internal process changed": WeCom posts the encrypted template_card_event
        assertThat(wecom.clickButton(rep, repCard, 2).status()).isEqualTo(200);
        JsonNode answered = await().atMost(Duration.ofSeconds(30)).until(() -> invoice(id, inv), i -> !i.path("reason").isNull());
        assertThat(answered.path("reason").asText()).isEqualTo("CUSTOMER_PROCESS_CHANGED");
        JsonNode reasonEntry = await().atMost(Duration.ofSeconds(10)).until(() -> reasonEntries(id), e -> !e.isEmpty()).get(0);
        assertThat(reasonEntry.path("reason").asText())
                .isEqualTo("[journey kind=REASON invoice=" + inv + " node=3 reason=CUSTOMER_PROCESS_CHANGED] answered by " + rep + " on WeCom");
        assertThat(reasonEntry.path("sourceSystem").asText()).isEqualTo("wecom");
        assertThat(reasonEntry.path("actor").asText()).isEqualTo(rep);

        Instant answeredAt = Instant.parse(reasonEntry.path("occurredAt").asText());
        stallScanner.scanAt(answeredAt.plus(Duration.ofHours(48)));
        assertThat(alerts(id)).hasSize(2);
        long secondAlert = ((Number) alerts(id).get(1).get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> wecom.cards().containsKey("stall-" + secondAlert + "-director"));
        assertThat(audiencesOf(secondAlert)).containsExactly("director");
        assertThat(wecom.cards().keySet()).filteredOn(task -> task.startsWith("stall-" + secondAlert + "-"))
                .containsExactly("stall-" + secondAlert + "-director");
    }

    private List<JsonNode> reasonEntries(String contractId) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        json(apiGet("/api/contracts/" + contractId + "/timeline")).forEach(entry -> {
            if (entry.path("reason").asText().startsWith("[journey kind=REASON")) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private String invoicedContract(String number) {
        assertThat(postCrm(CrmEvents.event(number, "SIGNED")).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        for (String facet : List.of("SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT")) {
            recordManual(id, facet, "CONFIRMED", "ops.test");
        }
        HttpResponse<String> invoiced = apiPost("/api/contracts/" + id + "/evidence", """
                {"facet":"ERP_DOCUMENTS","outcome":"CONFIRMED","actor":"finance.zhao","reason":"invoices issued by hand",
                 "milestone":"INVOICE_CREATED"}""");
        assertThat(invoiced.statusCode()).isEqualTo(201);
        awaitContract(id, "INVOICED");
        return id;
    }

    private void state(String contractId, String statement, String invoice, String extra, Instant occurredAt) {
        String body = "{\"statement\":\"" + statement + "\",\"invoice\":\"" + invoice + "\",\"actor\":\"u1001\""
                + (extra == null ? "" : "," + extra) + (occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"") + "}";
        HttpResponse<String> response = apiPost("/api/contracts/" + contractId + "/payment-journey/facts", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode invoice(String contractId, String invoice) {
        for (JsonNode node : json(apiGet("/api/contracts/" + contractId + "/payment-journey")).path("invoices")) {
            if (invoice.equals(node.path("invoice").asText())) {
                return node;
            }
        }
        throw new AssertionError("no invoice " + invoice + " on contract " + contractId);
    }

    private List<Map<String, Object>> alerts(String contractId) {
        return jdbc.queryForList("SELECT id, reason FROM journal WHERE contract_id = ? AND facet = 'PAYMENT' "
                + "AND reason LIKE '[journey kind=ALERTED %' ORDER BY seq", contractId);
    }

    private List<String> audiencesOf(long journalId) {
        return jdbc.queryForList("SELECT source_key FROM people_notification WHERE source_table = 'journal' AND source_id = ? "
                + "AND event = 'payment-stall' ORDER BY source_key", String.class, journalId);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String line(String serial, String payer, BigDecimal amount, String reference) {
        return (serial == null ? "" : serial) + ",2026-03-02," + payer + ",," + amount.toPlainString() + "," + reference;
    }

    private static String csv(String... lines) {
        return "交易流水号,交易日期,对方户名,借方发生额,贷方发生额,摘要\n" + String.join("\n", lines) + "\n";
    }

    private JsonNode upload(String bank, String csv) {
        HttpResponse<String> response = uploadRaw(bank, "statement.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private HttpResponse<String> uploadRaw(String bank, String fileName, byte[] file) {
        String boundary = "----journey" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bank\"\r\n\r\n" + bank + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return send(HttpRequest.newBuilder(uri("/api/bank-statements")).header("X-Api-Key", API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private String textMessage(String user, String content, Instant at) {
        return "<xml><ToUserName><![CDATA[ww-test-corp]]></ToUserName><FromUserName><![CDATA[" + user + "]]></FromUserName>"
                + "<CreateTime>" + at.getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + Math.abs(UUID.randomUUID().getMostSignificantBits())
                + "</MsgId><AgentID>1000002</AgentID></xml>";
    }

    private HttpResponse<String> postWecom(String xml) {
        return postWecom(ChatCallbackTest.WECOM.sealMessage(xml, "1000002"));
    }

    private HttpResponse<String> postWecom(Map<String, String> sealed) {
        Map<String, String> query = new HashMap<>(sealed);
        String body = query.remove("body");
        return send(HttpRequest.newBuilder(uri("/webhooks/wecom?" + ChatCallbackTest.query(query)))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
