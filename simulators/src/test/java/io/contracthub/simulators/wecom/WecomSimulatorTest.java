package io.contracthub.simulators.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.people.CallbackReceiver;
import io.contracthub.simulators.people.HubCallbackSender;
import io.contracthub.simulators.people.MsgCrypt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw HTTP against the simulated WeCom: token rules inside HTTP 200 and the encrypted callbacks it pushes. */
class WecomSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final MsgCrypt hubSide = new MsgCrypt("token", AES_KEY, "ww-corp");
    private CallbackReceiver hub;
    private WecomSimulator wecom;

    @BeforeEach
    void start() throws Exception {
        // a hub that answers the URL verification with the decrypted echostr, as WeCom requires
        hub = new CallbackReceiver(received -> received.method().equals("GET")
                ? hubSide.open(received.query().get("msg_signature"), received.query().get("timestamp"),
                received.query().get("nonce"), received.query().get("echostr")) : "");
        wecom = new WecomSimulator(WecomSimulatorSettings.of(0, "ww-corp", "corp-secret", 1000002, "token", AES_KEY, hub.url()));
        wecom.start();
    }

    @AfterEach
    void stop() {
        wecom.stop();
        hub.close();
    }

    @Test
    void issuesOneTokenAndTakesATextMessageWithIt() throws Exception {
        JsonNode token = get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=corp-secret");
        JsonNode again = get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=corp-secret");

        JsonNode sent = post("/cgi-bin/message/send?access_token=" + token.path("access_token").asText(),
                "{\"touser\":\"u1001\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"hello\"}}");

        assertThat(token.path("errcode").asInt()).isZero();
        assertThat(token.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(again.path("access_token").asText()).isEqualTo(token.path("access_token").asText());
        assertThat(sent.path("errcode").asInt()).isZero();
        assertThat(sent.path("msgid").asText()).isNotBlank();
        assertThat(wecom.messagesTo("u1001")).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("hello"));
    }

    @Test
    void answersAWrongSecretUnknownAndExpiredTokensWithWecomsCodesInsideHttp200() throws Exception {
        assertThat(get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=wrong").path("errcode").asInt()).isEqualTo(40001);
        String body = "{\"touser\":\"u1001\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"x\"}}";
        assertThat(post("/cgi-bin/message/send?access_token=nope", body).path("errcode").asInt()).isEqualTo(40014);

        String token = get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=corp-secret").path("access_token").asText();
        wecom.expireTokens();

        assertThat(post("/cgi-bin/message/send?access_token=" + token, body).path("errcode").asInt()).isEqualTo(42001);
    }

    @Test
    void verifiesTheHubsUrlWithAnEchostrEncryptedForTheCorp() {
        HubCallbackSender.HubAnswer answer = wecom.verifyHubUrl("1616140317555161061");

        assertThat(hub.last().method()).isEqualTo("GET");
        assertThat(hub.last().query()).containsKeys("msg_signature", "timestamp", "nonce", "echostr");
        assertThat(answer.body()).isEqualTo("1616140317555161061");
    }

    @Test
    void pushesAUsersReplyAsAnEncryptedXmlMessage() {
        wecom.reply("u1001", "approve HT-1");

        CallbackReceiver.Received push = hub.last();
        Matcher encrypt = Pattern.compile("<Encrypt><!\\[CDATA\\[(.+?)]]></Encrypt>").matcher(push.body());
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.body()).startsWith("<xml><ToUserName><![CDATA[ww-corp]]></ToUserName>");
        assertThat(encrypt.find()).isTrue();
        assertThat(hubSide.open(push.query().get("msg_signature"), push.query().get("timestamp"), push.query().get("nonce"),
                encrypt.group(1))).contains("<FromUserName><![CDATA[u1001]]></FromUserName>")
                .contains("<Content><![CDATA[approve HT-1]]></Content>");
    }

    private static final String CARD = """
            {"touser":"u1001","msgtype":"template_card","agentid":1000002,"template_card":{"card_type":"button_interaction",
             "main_title":{"title":"Payment stalled","desc":"HT-1 INV-1 waits at node 3"},"task_id":"stall-7-rep",
             "button_list":[{"text":"发票信息有误","style":1,"key":"reason HT-1 INV-1 3 1"},
                            {"text":"银行账户冻结","style":1,"key":"reason HT-1 INV-1 3 3"}]}}""";

    @Test
    void clickingAButtonOfASentCardPushesTheEncryptedTemplateCardEventWithItsKey() throws Exception {
        String token = get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=corp-secret").path("access_token").asText();
        JsonNode sent = post("/cgi-bin/message/send?access_token=" + token, CARD);

        JsonNode clicked = post("/wecom/users/u1001/cards/stall-7-rep/click", "{\"button\":2}");

        assertThat(sent.path("errcode").asInt()).isZero();
        assertThat(sent.path("response_code").asText()).isNotBlank();
        assertThat(clicked.path("hubStatus").asInt()).isEqualTo(200);
        CallbackReceiver.Received push = hub.last();
        Matcher encrypt = Pattern.compile("<Encrypt><!\\[CDATA\\[(.+?)]]></Encrypt>").matcher(push.body());
        assertThat(encrypt.find()).isTrue();
        assertThat(hubSide.open(push.query().get("msg_signature"), push.query().get("timestamp"), push.query().get("nonce"),
                encrypt.group(1))).contains("<FromUserName><![CDATA[u1001]]></FromUserName>")
                .contains("<Event><![CDATA[template_card_event]]></Event>")
                .contains("<EventKey><![CDATA[reason HT-1 INV-1 3 3]]></EventKey>")
                .contains("<TaskId><![CDATA[stall-7-rep]]></TaskId>");
    }

    @Test
    void refusesAReusedTaskIdAndAClickOnACardTheUserNeverGot() throws Exception {
        String token = get("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=corp-secret").path("access_token").asText();
        post("/cgi-bin/message/send?access_token=" + token, CARD);

        JsonNode reused = post("/cgi-bin/message/send?access_token=" + token, CARD);
        JsonNode stranger = post("/wecom/users/u2002/cards/stall-7-rep/click", "{\"button\":1}");
        JsonNode noSuchButton = post("/wecom/users/u1001/cards/stall-7-rep/click", "{\"button\":5}");

        assertThat(reused.path("errcode").asInt()).isEqualTo(40058);
        assertThat(stranger.path("errcode").asInt()).isEqualTo(404);
        assertThat(noSuchButton.path("errcode").asInt()).isEqualTo(404);
        assertThat(hub.last()).isNull();
    }

    private JsonNode get(String pathAndQuery) throws Exception {
        return JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wecom.port()
                + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String pathAndQuery, String body) throws Exception {
        return JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wecom.port()
                        + pathAndQuery)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
