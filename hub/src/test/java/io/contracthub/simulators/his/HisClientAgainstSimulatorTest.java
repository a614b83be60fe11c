package io.contracthub.simulators.his;

import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.connectors.his.QualificationQuery;
import io.contracthub.connectors.his.QualificationVerdict;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The SOAP client against the simulated HIS: verdicts, time limit, faults, and the breaker opening and closing. */
class HisClientAgainstSimulatorTest {

    private final HisSimulator his = new HisSimulator(new HisSimulatorSettings(0, Duration.ofMillis(20)));
    private ConnectorResilience resilience;
    private HisQualificationClient client;

    @BeforeAll
    static void loadTheContractOnce() {
        // the first call starts CXF and reads the WSDL on both sides; keep that out of the time-limited calls
        HisSimulator warmUp = new HisSimulator(new HisSimulatorSettings(0, Duration.ZERO));
        warmUp.start();
        try {
            new HisQualificationClient(new HttpEndpoint("his", URI.create(warmUp.endpointUrl()), Duration.ofSeconds(5),
                    Duration.ofSeconds(30)), new ConnectorResilience("his", new ResilienceSettings(Duration.ofSeconds(30), 50, 4, 2, Duration.ofMillis(300), 2, Duration.ZERO)))
                    .verify(query("warm-up", "沪浦食药监械经营许20200001号"));
        } finally {
            warmUp.stop();
        }
    }

    @BeforeEach
    void start() {
        his.start();
        resilience = new ConnectorResilience("his", new ResilienceSettings(Duration.ofMillis(1000),
                50, 4, 2, Duration.ofMillis(300), 2, Duration.ZERO));
        client = new HisQualificationClient(new HttpEndpoint("his", URI.create(his.endpointUrl()), Duration.ofMillis(500),
                Duration.ofSeconds(2)), resilience);
    }

    @AfterEach
    void stop() {
        his.stop();
    }

    @Test
    void answersTheRegistryVerdict() {
        his.registerRevoked("沪浦食药监械经营许20200002号");

        assertThat(client.verify(query("r1", "沪浦食药监械经营许20200001号")).result()).isEqualTo(QualificationVerdict.Result.VALID);
        QualificationVerdict revoked = client.verify(query("r2", "沪浦食药监械经营许20200002号"));
        assertThat(revoked.result()).isEqualTo(QualificationVerdict.Result.REVOKED);
        assertThat(revoked.requestId()).isEqualTo("r2");
        assertThat(his.journal()).extracting(HisSimulator.ReceivedCheck::licenceNumber)
                .containsExactly("沪浦食药监械经营许20200001号", "沪浦食药监械经营许20200002号");
    }

    @Test
    void givesUpAfterTheTimeLimitWhileTheHisStillHoldsTheRequest() {
        his.latency(Duration.ofMillis(1500));

        assertThatThrownBy(() -> client.verify(query("slow", "沪浦食药监械经营许20200001号")))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("no answer within 1000 ms");
        assertThat(his.inFlight()).isEqualTo(1);
    }

    @Test
    void opensTheBreakerWhileTheHisIsDownAndClosesItAfter() {
        his.mode(HisMode.OUTAGE);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.verify(query("down", "沪浦食药监械经营许20200001号")))
                    .isInstanceOf(ConnectorUnavailableException.class);
        }
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> client.verify(query("open", "沪浦食药监械经营许20200001号")))
                .hasMessageContaining("circuit breaker his is open");

        his.mode(HisMode.UP);
        await().atMost(Duration.ofSeconds(3)).ignoreExceptions().untilAsserted(() ->
                assertThat(client.verify(query("back", "沪浦食药监械经营许20200001号")).verified()).isTrue());
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void treatsAServerFaultAsTemporary() {
        his.mode(HisMode.FAULT);

        assertThatThrownBy(() -> client.verify(query("fault", "沪浦食药监械经营许20200001号")))
                .isInstanceOfSatisfying(ConnectorUnavailableException.class, unavailable -> {
                    assertThat(unavailable.vendorCode()).isEqualTo("Server");
                    assertThat(unavailable.vendorMessage()).isEqualTo("HIS database unavailable");
                });
    }

    @Test
    void answersAnUnknownLicenceAsNotFound() {
        his.registerUnknown("沪浦食药监械经营许20209999号");

        QualificationVerdict verdict = client.verify(query("r3", "沪浦食药监械经营许20209999号"));

        assertThat(verdict.result()).isEqualTo(QualificationVerdict.Result.NOT_FOUND);
        assertThat(verdict.message()).contains("沪浦食药监械经营许20209999号");
        assertThat(verdict.registeredValidUntil()).isNull();
    }

    private static QualificationQuery query(String id, String licence) {
        return new QualificationQuery(id, "华东医疗器械有限公司", "91310000MA1FL8XQ37", licence, LocalDate.now().plusYears(2));
    }
}
