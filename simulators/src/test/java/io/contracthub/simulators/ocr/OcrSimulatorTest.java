package io.contracthub.simulators.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP against the simulated Tencent Cloud and Baidu OCR. The TC3 rule itself is pinned by {@link Tc3VerifierTest}
 * (Tencent's worked example); here a request is signed by those documented steps for the host it is sent to.
 */
class OcrSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final OcrSimulator ocr = new OcrSimulator(new OcrSimulatorSettings("AKIDsim", "tencent-key", "baidu-ak", "baidu-sk", 0),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void start() {
        ocr.start();
    }

    @AfterEach
    void stop() {
        ocr.stop();
    }

    @Test
    void tencentAnswersBankSlipInfosToACorrectlySignedRequest() throws Exception {
        JsonNode answer = tencent("tencent-key", NOW.getEpochSecond(), OcrSamples.DOWN_PAYMENT.image());

        JsonNode infos = answer.path("Response").path("BankSlipInfos");
        assertThat(infos).anySatisfy(info -> {
            assertThat(info.path("Name").asText()).isEqualTo("付款人户名");
            assertThat(info.path("Value").asText()).isEqualTo("华东医疗器械有限公司");
        });
        assertThat(answer.path("Response").path("RequestId").asText()).isNotBlank();
    }

    @Test
    void tencentRefusesASignatureMadeWithAnotherKeyInsideHttp200() throws Exception {
        JsonNode answer = tencent("another-key", NOW.getEpochSecond(), OcrSamples.DOWN_PAYMENT.image());

        assertThat(answer.at("/Response/Error/Code").asText()).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void tencentRefusesATimestampMoreThanFiveMinutesOff() throws Exception {
        JsonNode answer = tencent("tencent-key", NOW.getEpochSecond() - 301, OcrSamples.DOWN_PAYMENT.image());

        assertThat(answer.at("/Response/Error/Code").asText()).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void tencentAnswersAnImageWithoutTextWithImageNoText() throws Exception {
        JsonNode answer = tencent("tencent-key", NOW.getEpochSecond(), new byte[]{1, 2, 3});

        assertThat(answer.at("/Response/Error/Code").asText()).isEqualTo("FailedOperation.ImageNoText");
    }

    @Test
    void baiduRecognisesWithATokenFromItsClientCredentialsEndpointAndRefusesAnExpiredOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(ocr.baseUrl()
                        + "/oauth/2.0/token?grant_type=client_credentials&client_id=baidu-ak&client_secret=baidu-sk"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
        String form = "image=" + URLEncoder.encode(Base64.getEncoder().encodeToString(OcrSamples.DOWN_PAYMENT.image()),
                StandardCharsets.UTF_8);
        HttpRequest recognise = HttpRequest.newBuilder(URI.create(ocr.baseUrl() + "/rest/2.0/ocr/v1/bank_receipt_new?access_token="
                        + token.path("access_token").asText()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();

        JsonNode recognised = JSON.readTree(http.send(recognise, HttpResponse.BodyHandlers.ofString()).body());
        ocr.expireBaiduTokens();
        JsonNode expired = JSON.readTree(http.send(recognise, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(token.path("expires_in").asLong()).isEqualTo(2_592_000L);
        assertThat(recognised.at("/words_result/付款人户名/0/word").asText()).isEqualTo("华东医疗器械有限公司");
        assertThat(expired.path("error_code").asInt()).isEqualTo(111);
    }

    private JsonNode tencent(String secretKey, long timestamp, byte[] image) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("ImageBase64", Base64.getEncoder().encodeToString(image)));
        String host = URI.create(ocr.baseUrl()).getAuthority();
        String date = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
        Tc3Verifier.Credential credential = new Tc3Verifier.Credential("AKIDsim", date, "ocr", "content-type;host", "");
        String signature = Tc3Verifier.expectedSignature(secretKey, credential, timestamp, "POST", "/", null,
                Map.of("content-type", CONTENT_TYPE, "host", host)::get, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ocr.baseUrl() + "/"))
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", "TC3-HMAC-SHA256 Credential=AKIDsim/" + date + "/ocr/tc3_request, "
                        + "SignedHeaders=content-type;host, Signature=" + signature)
                .header("X-TC-Action", "BankSlipOCR").header("X-TC-Version", "2018-11-19")
                .header("X-TC-Timestamp", Long.toString(timestamp)).header("X-TC-Region", "ap-guangzhou")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
