package io.contracthub.simulators.kingdee;

import io.contracthub.simulators.erp.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.SAVE;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.body;
import static io.contracthub.simulators.kingdee.KingdeeWebApiClient.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault an ERP simulator injects, as WireMock carries it out, met by a real HTTP client (Kingdee here, any ERP alike). */
class KingdeeFaultsTest {

    private static final String ORDER = salesOrder("HUB1");

    private final KingdeeSimulator kingdee = KingdeeWebApiClient.simulator();
    private final KingdeeWebApiClient webApi = new KingdeeWebApiClient(kingdee);

    @BeforeEach
    void start() throws Exception {
        kingdee.start();
        webApi.login("secret");
    }

    @AfterEach
    void stop() {
        kingdee.stop();
    }

    @Test
    void aResetFaultResetsTheConnectionBeforeAnythingIsCreated() {
        kingdee.faults().failNext(Fault.RESET);

        assertThatThrownBy(() -> webApi.send(SAVE, ORDER)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).isEmpty();
    }

    @Test
    void aServerErrorAnswers503BeforeAnythingIsCreated() throws Exception {
        kingdee.faults().failNext(Fault.SERVER_ERROR);

        HttpResponse<String> answer = webApi.send(SAVE, ORDER);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("Service Unavailable");
        assertThat(kingdee.journal().withReference("HUB1")).isEmpty();
    }

    @Test
    void aSlowAnswerOutlastsACallersTimeLimitThoughTheBillIsSaved() {
        kingdee.faults().slowDelay(Duration.ofSeconds(5)).failNext(Fault.SLOW);

        assertThatThrownBy(() -> webApi.send(SAVE, ORDER, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aSlowAnswerStillArrivesForACallerWhoWaits() throws Exception {
        kingdee.faults().slowDelay(Duration.ofMillis(300)).failNext(Fault.SLOW);

        HttpResponse<String> answer = webApi.send(SAVE, ORDER);

        assertThat(body(answer).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
    }

    @Test
    void aLostResponseSavesTheBillButTheCallerGetsNoAnswer() {
        kingdee.faults().failNext(Fault.LOSE_RESPONSE);

        assertThatThrownBy(() -> webApi.send(SAVE, ORDER)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void aMalformedAnswerSavesTheBillButItsChunkedBodyCannotBeRead() {
        kingdee.faults().failNext(Fault.MALFORMED);

        assertThatThrownBy(() -> webApi.send(SAVE, ORDER)).isInstanceOf(IOException.class);
        assertThat(kingdee.journal().withReference("HUB1")).hasSize(1);
    }

    @Test
    void theRequestAfterAFaultIsAnsweredNormally() throws Exception {
        kingdee.faults().failNext(Fault.RESET);
        assertThatThrownBy(() -> webApi.send(SAVE, ORDER)).isInstanceOf(IOException.class);

        HttpResponse<String> answer = webApi.send(SAVE, ORDER);

        assertThat(body(answer).at("/Result/ResponseStatus/IsSuccess").asBoolean()).isTrue();
    }
}
