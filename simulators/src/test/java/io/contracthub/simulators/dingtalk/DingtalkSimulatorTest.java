package io.contracthub.simulators.dingtalk;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw HTTP against the simulated DingTalk: the group robot's 加签 and the encrypted event push. */
class DingtalkSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    // the openssl vector of RobotSignatureTest: secret SEC1234567890abcdef at 1732600000000 ms, URL-encoded
    private static final String SIGN = "rF72GF8tQtizfGzgMYt0KMhUm26cVTp6fmVCRMuNQ6Q%3D";
    private static final Instant SIGNED_AT = Instant.ofEpochMilli(1_732_600_000_000L);

    private final MsgCrypt hubSide = new MsgCrypt("dingtoken", AES_KEY, "dingappkey");
    private CallbackReceiver hub;
    private DingtalkSimulator dingtalk;

    @BeforeEach
    void start() throws Exception {
        hub = new CallbackReceiver(received -> {
            MsgCrypt.Sealed success = hubSide.seal("success", "1732600000000", "nonce123");
            return "{\"msg_signature\":\"" + success.signature() + "\",\"timeStamp\":\"" + success.timestamp()
                    + "\",\"nonce\":\"" + success.nonce() + "\",\"encrypt\":\"" + success.encrypt() + "\"}";
        });
        dingtalk = new DingtalkSimulator(new DingtalkSimulatorSettings(0, "dingappkey", "dingsecret", 4001L, "dingtoken",
                AES_KEY, "robot-token", "SEC1234567890abcdef", hub.url(), Duration.ofHours(2)),
                Clock.fixed(SIGNED_AT.plus(Duration.ofMinutes(59)), ZoneOffset.UTC));
        dingtalk.start();
    }

    @AfterEach
    void stop() {
        dingtalk.stop();
        hub.close();
    }

    @Test
    void theRobotTakesAMessageSignedWithItsSecretWithinTheHour() throws Exception {
        JsonNode answer = robot("robot-token", 1_732_600_000_000L, SIGN);

        assertThat(answer.path("errcode").asInt()).isZero();
        assertThat(dingtalk.robotMessages()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("合同已生效"));
    }

    @Test
    void theRobotRefusesAWrongSignWith310000() throws Exception {
        JsonNode answer = robot("robot-token", 1_732_600_000_001L, SIGN);

        assertThat(answer.path("errcode").asInt()).isEqualTo(310000);
        assertThat(answer.path("errmsg").asText()).contains("签名不匹配");
        assertThat(dingtalk.robotMessages()).isEmpty();
    }

    @Test
    void theRobotRefusesAnUnknownAccessTokenWith300001() throws Exception {
        assertThat(robot("other-token", 1_732_600_000_000L, SIGN).path("errcode").asInt()).isEqualTo(300001);
    }

    @Test
    void theCheckUrlPushIsEncryptedForTheAppKeyAndSignedOverTheCiphertext() throws Exception {
        HubCallbackSender.HubAnswer answer = dingtalk.checkUrl();

        CallbackReceiver.Received push = hub.last();
        String encrypt = JSON.readTree(push.body()).path("encrypt").asText();
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.contentType()).startsWith("application/json");
        assertThat(push.query().get("timestamp")).isEqualTo(Long.toString(SIGNED_AT.plus(Duration.ofMinutes(59)).toEpochMilli()));
        assertThat(hubSide.open(push.query().get("msg_signature"), push.query().get("timestamp"), push.query().get("nonce"), encrypt))
                .isEqualTo("{\"EventType\":\"check_url\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(dingtalk.isSuccessReply(answer.body())).isTrue();
    }

    @Test
    void anAnswerThatIsNotTheEncryptedSuccessIsNoSuccessReply() {
        assertThat(dingtalk.isSuccessReply("success")).isFalse();
        assertThat(dingtalk.isSuccessReply("{\"msg_signature\":\"x\",\"timeStamp\":\"1\",\"nonce\":\"n\",\"encrypt\":\"e\"}")).isFalse();
    }

    private JsonNode robot(String token, long timestamp, String sign) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + dingtalk.port() + "/robot/send?access_token=" + token + "&timestamp=" + timestamp + "&sign=" + sign))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"msgtype\":\"text\",\"text\":{\"content\":\"合同已生效\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
