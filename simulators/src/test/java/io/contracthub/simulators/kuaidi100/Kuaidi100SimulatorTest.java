package io.contracthub.simulators.kuaidi100;

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

import static org.assertj.core.api.Assertions.assertThat;

class Kuaidi100SimulatorTest {

    private static final String PARAM = "{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}";
    /** printf '%s' '{"com":"shunfeng","num":"SF1400000000001"}kuaidi100_test_keyKD100TESTCUSTOMER' | md5sum */
    private static final String SIGN = "BE65591DC31D69BBF2F63469F4FAFCA9";

    /** 10:00 in Beijing */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private final Kuaidi100Simulator kuaidi100 = new Kuaidi100Simulator(
            new Kuaidi100SimulatorSettings("KD100TESTCUSTOMER", "kuaidi100_test_key", 0), NOW);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        kuaidi100.start();
    }

    @AfterEach
    void stop() {
        kuaidi100.stop();
    }

    @Test
    void aCorrectlySignedQueryGetsTheTrackNewestFirst() throws Exception {
        JsonNode track = query("KD100TESTCUSTOMER", PARAM, SIGN);

        assertThat(track.path("message").asText()).isEqualTo("ok");
        assertThat(track.path("status").asText()).isEqualTo("200");
        assertThat(track.path("com").asText()).isEqualTo("shunfeng");
        assertThat(track.path("nu").asText()).isEqualTo("SF1400000000001");
        assertThat(track.path("state").asText()).isEqualTo("0");
        assertThat(track.path("data")).hasSize(3);
        assertThat(track.path("data").get(0).path("context").asText()).contains("发往");
        assertThat(track.path("data").get(2).path("context").asText()).contains("揽收");
        assertThat(track.path("data")).extracting(event -> event.path("ftime").asText())
                .as("Beijing time, the last scan when first asked, none in the future")
                .containsExactly("2026-12-01 10:00:00", "2026-12-01 09:30:00", "2026-12-01 09:00:00");
    }

    @Test
    void askingAgainGivesTheSameTrack() throws Exception {
        JsonNode first = query("KD100TESTCUSTOMER", PARAM, SIGN);

        assertThat(query("KD100TESTCUSTOMER", PARAM, SIGN)).isEqualTo(first);
        assertThat(kuaidi100.queries()).isEqualTo(2);
    }

    @Test
    void aWrongSignIsRefusedWithCode503() throws Exception {
        JsonNode refusal = query("KD100TESTCUSTOMER", PARAM, SIGN.toLowerCase());

        assertThat(refusal.path("result").asBoolean(true)).isFalse();
        assertThat(refusal.path("returnCode").asText()).isEqualTo("503");
        assertThat(refusal.path("message").asText()).isEqualTo("验证签名失败");
    }

    @Test
    void anUnknownCustomerIsRefused() throws Exception {
        assertThat(query("SOMEONE-ELSE", PARAM, SIGN).path("returnCode").asText()).isEqualTo("600");
    }

    @Test
    void anUnknownCarrierHasNoTrack() throws Exception {
        String param = "{\"com\":\"nosuchcarrier\",\"num\":\"SF1400000000001\"}";
        JsonNode refusal = query("KD100TESTCUSTOMER", param, md5(param + "kuaidi100_test_key" + "KD100TESTCUSTOMER"));

        assertThat(refusal.path("returnCode").asText()).isEqualTo("500");
    }

    @Test
    void whileDownItAnswersBadGateway() throws Exception {
        kuaidi100.down(true);

        assertThat(send("KD100TESTCUSTOMER", PARAM, SIGN).statusCode()).isEqualTo(502);
    }

    private JsonNode query(String customer, String param, String sign) throws Exception {
        HttpResponse<String> response = send(customer, param, sign);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String customer, String param, String sign) throws Exception {
        String form = "customer=" + encode(customer) + "&param=" + encode(param) + "&sign=" + encode(sign);
        return http.send(HttpRequest.newBuilder(URI.create(kuaidi100.baseUrl() + "/poll/query.do"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String md5(String text) throws Exception {
        return java.util.HexFormat.of().withUpperCase().formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
