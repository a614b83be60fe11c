package io.contracthub.simulators.u8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class U8SimulatorTest {

    private static final String ORDER = """
            {"saleorder":{"custcode":"0101","entry":[{"inventorycode":"0301001","quantity":1}]}}""";

    /** Long enough that the result URL still answers "processing" when asked right after the add, on a busy machine. */
    private static final Duration PROCESSING = Duration.ofSeconds(2);

    private final U8Simulator u8 = new U8Simulator(new U8SimulatorSettings(0, "hub", "acct", "key", "secret",
            Duration.ofHours(2), PROCESSING));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        u8.start();
        u8.masterData().customers(List.of("0101")).materials(List.of("0301001"));
    }

    @AfterEach
    void stop() {
        u8.stop();
    }

    @Test
    void anAddIsAcceptedThenItsResultUrlAnswersProcessingThenTheVoucher() throws Exception {
        JsonNode accepted = add(token(), "HUB1");

        assertThat(accepted.path("errcode").isTextual()).as("errcode is a string").isTrue();
        assertThat(accepted.path("errcode").asText()).isEqualTo("0");
        assertThat(get(accepted.path("url").asText()).path("errmsg").asText()).isEqualTo("处理中");
        JsonNode result = await().atMost(PROCESSING.plusSeconds(10))
                .until(() -> get(accepted.path("url").asText()), answer -> answer.has("id"));
        assertThat(result.path("errcode").asText()).isEqualTo("0");
        assertThat(result.path("id").asText()).isEqualTo("1001");
    }

    @Test
    void oneBizIdCreatesOneVoucherHoweverOftenItIsSubmitted() throws Exception {
        String token = token();
        JsonNode first = add(token, "HUB2");
        JsonNode second = add(token, "HUB2");

        assertThat(second.path("tradeid").asText()).isEqualTo(first.path("tradeid").asText());
        assertThat(u8.journal().withReference("HUB2")).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRefusedWithItsErrcode() throws Exception {
        String token = token();
        u8.expireTokens();

        assertThat(add(token, "HUB3").path("errcode").asText()).isEqualTo(U8Simulator.TOKEN_INVALID);
        assertThat(u8.journal().all()).isEmpty();
    }

    private String token() throws Exception {
        return get(u8.baseUrl() + "/system/token?from_account=hub&app_key=key&app_secret=secret").path("token").path("id").asText();
    }

    private JsonNode add(String token, String bizId) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(u8.baseUrl() + "/api/saleorder/add?from_account=hub&to_account=acct"
                        + "&app_key=key&token=" + token + "&biz_id=" + bizId)).POST(HttpRequest.BodyPublishers.ofString(ORDER)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode get(String url) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
