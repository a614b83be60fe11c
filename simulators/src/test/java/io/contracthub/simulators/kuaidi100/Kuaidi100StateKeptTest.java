package io.contracthub.simulators.kuaidi100;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.state.SimulatorSnapshot;
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

/** A waybill's track is fixed when first asked, and stays so across a restart of a kept simulator. */
class Kuaidi100StateKeptTest {

    private static final String PARAM = "{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}";
    /** printf '%s' '{"com":"shunfeng","num":"SF1400000000001"}kuaidi100_test_keyKD100TESTCUSTOMER' | md5sum */
    private static final String SIGN = "BE65591DC31D69BBF2F63469F4FAFCA9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRestartedSimulatorAnswersTheSameTrackAsBefore() throws Exception {
        Kuaidi100Simulator before = simulator(Instant.parse("2026-12-01T02:00:00Z"));
        JsonNode first;
        JsonNode snapshot;
        before.start();
        try {
            first = query(before);
            snapshot = SimulatorSnapshot.take(before);
        } finally {
            before.stop();
        }

        Kuaidi100Simulator after = simulator(Instant.parse("2026-12-01T06:00:00Z"));
        SimulatorSnapshot.restore(after, snapshot);
        after.start();
        try {
            assertThat(query(after)).isEqualTo(first);
        } finally {
            after.stop();
        }
    }

    private static Kuaidi100Simulator simulator(Instant now) {
        return new Kuaidi100Simulator(new Kuaidi100SimulatorSettings("KD100TESTCUSTOMER", "kuaidi100_test_key", 0),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private JsonNode query(Kuaidi100Simulator kuaidi100) throws Exception {
        String form = "customer=KD100TESTCUSTOMER&param=" + URLEncoder.encode(PARAM, StandardCharsets.UTF_8) + "&sign=" + SIGN;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(kuaidi100.baseUrl() + "/poll/query.do"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
