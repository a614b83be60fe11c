package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.dingtalk.DingtalkCallbackCrypto;
import io.contracthub.connectors.dingtalk.DingtalkCallbackSettings;
import io.contracthub.connectors.wecom.WecomCallbackCrypto;
import io.contracthub.connectors.wecom.WecomCallbackSettings;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A finance user decides on a voucher match from WeCom or DingTalk; the callbacks are verified before anything is stored. */
class ChatCallbackTest extends HubIntegrationTest {

    static final WecomCallbackCrypto WECOM = new WecomCallbackCrypto(new WecomCallbackSettings("wecom_test_token",
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "ww-test-corp"), Clock.systemUTC());
    static final DingtalkCallbackCrypto DINGTALK = new DingtalkCallbackCrypto(new DingtalkCallbackSettings(
            "dingtalk_test_token", "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut", "ding-test-app"), Clock.systemUTC());

    @Test
    void answersWecomUrlVerificationWithThePlaintextOnly() {
        Map<String, String> query = WECOM.sealEcho("6311502387331234567");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webhooks/wecom?" + query(query))).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("6311502387331234567");
    }

    @Test
    void refusesWecomUrlVerificationWithABadSignature() {
        Map<String, String> query = new HashMap<>(WECOM.sealEcho("6311502387331234567"));
        query.put("nonce", query.get("nonce") + "1");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webhooks/wecom?" + query(query))).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("signature_mismatch");
    }

    @Test
    void recordsAVoucherApprovalRepliedOnWecomWithWhoApproved() {
        String number = uniqueNumber();
        String id = contractClaimedBySales(number);

        HttpResponse<String> response = postWecom(WECOM.sealMessage(textMessage("finance.zhao", "approve " + number
                + " receipt matches", "71" + System.nanoTime()), "1000002"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode entry = awaitTimelineEntry(id, "DOWN_PAYMENT");
        assertThat(entry.path("sourceSystem").asText()).isEqualTo("wecom");
        assertThat(entry.path("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(entry.path("actor").asText()).isEqualTo("finance.zhao");
        assertThat(entry.path("reason").asText()).isEqualTo("voucher match approved by finance.zhao on WeCom: receipt matches");
    }

    @Test
    void recordsAVoucherRejectionClickedOnAWecomCard() {
        String number = uniqueNumber();
        String id = contractClaimedBySales(number);
        String card = "<xml><ToUserName><![CDATA[ww-test-corp]]></ToUserName><FromUserName><![CDATA[finance.qian]]></FromUserName>"
                + "<CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[reject:" + number + "]]></EventKey>"
                + "<TaskId><![CDATA[voucher-" + number + "]]></TaskId><AgentID>1000002</AgentID></xml>";

        Map<String, String> sealed = WECOM.sealMessage(card, "1000002");
        assertThat(postWecom(sealed).statusCode()).isEqualTo(200);
        assertThat(postWecom(sealed).statusCode()).as("WeCom's retry of the same push").isEqualTo(200);

        JsonNode entry = awaitTimelineEntry(id, "DOWN_PAYMENT");
        assertThat(entry.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(entry.path("actor").asText()).isEqualTo("finance.qian");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> timeline(id).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> PeopleSimulatorsForTests.wecom().messagesTo("u1001").stream()
                .anyMatch(m -> m.content().contains("Down payment voucher rejected") && m.content().contains(number)));
    }

    @Test
    void storesNothingForABadSignatureAForeignCorpOrAnUndecryptableBody() {
        int inboxBefore = count("inbox");
        Map<String, String> good = WECOM.sealMessage(textMessage("finance.zhao", "approve HT-X", "1"), "1000002");

        Map<String, String> badSignature = new HashMap<>(good);
        String sent = good.get("msg_signature");
        badSignature.put("msg_signature", (sent.charAt(0) == '0' ? "1" : "0") + sent.substring(1));
        HttpResponse<String> signature = postWecom(badSignature);
        assertThat(signature.statusCode()).isEqualTo(401);
        assertThat(json(signature).path("code").asText()).isEqualTo("signature_mismatch");

        WecomCallbackCrypto otherCorp = new WecomCallbackCrypto(new WecomCallbackSettings("wecom_test_token",
                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "ww-other-corp"), Clock.systemUTC());
        HttpResponse<String> foreign = postWecom(otherCorp.sealMessage(textMessage("finance.zhao", "approve HT-X", "2"), "1"));
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(json(foreign).path("code").asText()).isEqualTo("receiver_mismatch");

        String garbage = "bm90IGEgd2hvbGUgbnVtYmVyIG9mIGJsb2Nrcw==";
        String signatureOverGarbage = io.contracthub.connectors.auth.CallbackSignature.of("wecom_test_token", "1732600000",
                "42", garbage);
        HttpResponse<String> undecryptable = postWecom(Map.of("msg_signature", signatureOverGarbage, "timestamp", "1732600000",
                "nonce", "42", "body", "<xml><Encrypt><![CDATA[" + garbage + "]]></Encrypt></xml>"));
        assertThat(undecryptable.statusCode()).isEqualTo(400);
        assertThat(json(undecryptable).path("code").asText()).isEqualTo("undecryptable_body");

        HttpResponse<String> dingtalkWithoutCiphertext = postDingtalk(Map.of("msg_signature", "x", "timeStamp", "1", "nonce", "2"),
                "{\"hello\":1}");
        assertThat(dingtalkWithoutCiphertext.statusCode()).isEqualTo(400);
        assertThat(json(dingtalkWithoutCiphertext).path("details").path("field").asText()).isEqualTo("encrypt");

        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void answersDingtalkCheckUrlWithAnEncryptedSuccessAndStoresNothing() {
        int inboxBefore = count("inbox");

        HttpResponse<String> response = postDingtalkEvent("{\"EventType\":\"check_url\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> reply = objectMapper.convertValue(json(response), Map.class);
        assertThat(DINGTALK.isSuccessReply(reply)).isTrue();
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void recordsAVoucherRejectionFromADingtalkCardWithWhoRejected() {
        String number = uniqueNumber();
        String id = contractClaimedBySales(number);

        HttpResponse<String> response = postDingtalkEvent("""
                {"EventType":"card_action","TimeStamp":"%d","userId":"finance.sun","outTrackId":"voucher-%s",
                 "value":"reject %s payer is not the customer"}""".formatted(System.currentTimeMillis(), number, number));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DINGTALK.isSuccessReply(objectMapper.convertValue(json(response), Map.class))).isTrue();
        JsonNode entry = awaitTimelineEntry(id, "DOWN_PAYMENT");
        assertThat(entry.path("sourceSystem").asText()).isEqualTo("dingtalk");
        assertThat(entry.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(entry.path("actor").asText()).isEqualTo("finance.sun");
        assertThat(entry.path("reason").asText()).endsWith(": payer is not the customer");
    }

    @Test
    void refusesADingtalkEventForAnotherApp() {
        DingtalkCallbackCrypto otherApp = new DingtalkCallbackCrypto(new DingtalkCallbackSettings("dingtalk_test_token",
                "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut", "ding-other-app"), Clock.systemUTC());
        Map<String, String> sealed = otherApp.seal("{\"EventType\":\"check_url\"}");

        HttpResponse<String> response = postDingtalk(sealed, "{\"encrypt\":\"" + sealed.get("encrypt") + "\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("receiver_mismatch");
    }

    @Test
    void theDecryptedRoutesCannotBeReachedThroughTheGenericWebhook() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webhooks/wecom?msg_signature=a&timestamp=1&nonce=2"))
                .header("hubDecryptedCallbackSeal", "forged").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"MsgType\":\"text\"}")).build());

        assertThat(response.statusCode()).isIn(400, 401);
    }

    static String textMessage(String user, String content, String msgId) {
        return "<xml><ToUserName><![CDATA[ww-test-corp]]></ToUserName><FromUserName><![CDATA[" + user + "]]></FromUserName>"
                + "<CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }

    private String contractClaimedBySales(String number) {
        assertThat(postCrm(CrmEvents.event(number, "SIGNED")).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    private HttpResponse<String> postWecom(Map<String, String> sealed) {
        Map<String, String> query = new HashMap<>(sealed);
        String body = query.remove("body");
        return send(HttpRequest.newBuilder(uri("/webhooks/wecom?" + query(query))).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> postDingtalkEvent(String eventJson) {
        Map<String, String> sealed = DINGTALK.seal(eventJson);
        return postDingtalk(sealed, "{\"encrypt\":\"" + sealed.get("encrypt") + "\"}");
    }

    private HttpResponse<String> postDingtalk(Map<String, String> sealed, String body) {
        Map<String, String> query = new HashMap<>(sealed);
        query.remove("encrypt");
        return send(HttpRequest.newBuilder(uri("/webhooks/dingtalk?" + query(query))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode awaitTimelineEntry(String id, String facet) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> StreamSupport.stream(timeline(id).spliterator(), false)
                .filter(e -> facet.equals(e.path("facet").asText())).findFirst().orElse(null), e -> e != null);
    }

    private JsonNode timeline(String id) {
        return json(apiGet("/api/contracts/" + id + "/timeline"));
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
