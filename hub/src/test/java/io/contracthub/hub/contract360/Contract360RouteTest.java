package io.contracthub.hub.contract360;

import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 360's scatter-gather on its own, with readers standing in for the systems: what each source's status says when
 * it is slow, down, not configured or cached. Only outcomes are asserted: the slow reader sleeps far past its limit.
 */
class Contract360RouteTest {

    private static final Contract360Subject SUBJECT =
            new Contract360Subject("c-1", "HT-360-1", "Shanghai", "HOSPITAL", "HUBORDER", "HUBINVOICE", "HUBVERSION", "flow-1");
    private static final ErpView ERP_VIEW = new ErpView("kingdee", "SH01",
            new ErpView.Document("HUBORDER", "audited", true), new ErpView.Document("HUBINVOICE", "audited", true),
            List.of(new ErpView.Delivery("XSCKD000001", "audited", "shunfeng", "SF1400000000001")));

    private final AtomicInteger erpReads = new AtomicInteger();
    private final AtomicInteger esignReads = new AtomicInteger();
    private final AtomicBoolean esignDown = new AtomicBoolean();
    private final AtomicBoolean erpDown = new AtomicBoolean();
    private final AtomicBoolean crmSlow = new AtomicBoolean();
    private final AtomicBoolean crmConfigured = new AtomicBoolean(true);
    private final AtomicInteger tracked = new AtomicInteger();
    private ExecutorService executor;
    private CamelContext camel;
    private ProducerTemplate producer;
    private Contract360Sources sources;

    @BeforeEach
    void start() throws Exception {
        ResilienceRegistries registries = ResilienceRegistries.create();
        Contract360Properties.Breaker breaker = new Contract360Properties.Breaker(50, 2, 2, Duration.ofSeconds(5), 4);
        List<ContractSourceReader> readers = List.of(
                reader(ErpReader.SOURCE, () -> {
                    erpReads.incrementAndGet();
                    if (erpDown.get()) {
                        throw new ConnectorUnavailableException("kingdee", "connection refused", null);
                    }
                    return ERP_VIEW;
                }),
                reader(EsignReader.SOURCE, () -> {
                    esignReads.incrementAndGet();
                    if (esignDown.get()) {
                        throw new ConnectorUnavailableException("esign", 502, null, null, "GET detail answered HTTP 502", null);
                    }
                    return Map.of("status", "all signed");
                }),
                reader(CrmReader.SOURCE, () -> {
                    if (!crmConfigured.get()) {
                        throw new SourceNotConfiguredException("the CRM's read API has no base URL (HUB_CRM_BASE_URL)");
                    }
                    if (crmSlow.get()) {
                        sleep(Duration.ofSeconds(60));
                    }
                    return Map.of("stage", "SIGNED");
                }));
        WaybillTracker tracker = new WaybillTracker() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public Object track(List<ErpView.Delivery> deliveries) {
                tracked.incrementAndGet();
                return deliveries.stream().map(ErpView.Delivery::waybillNumber).toList();
            }
        };
        List<GuardedSource> guarded = List.of(
                // generous limits, so that only the reader that sleeps past its limit times out on a busy machine
                new GuardedSource(ErpReader.SOURCE, Duration.ofSeconds(5), Duration.ofMinutes(1), breaker, registries),
                new GuardedSource(LogisticsReader.SOURCE, Duration.ofSeconds(5), Duration.ofMinutes(1), breaker, registries),
                // esign is never cached here, so every 360 asks it (the breaker tests need that)
                new GuardedSource(EsignReader.SOURCE, Duration.ofSeconds(5), Duration.ZERO, breaker, registries),
                new GuardedSource(CrmReader.SOURCE, Duration.ofSeconds(2), Duration.ZERO, breaker, registries));
        sources = new Contract360Sources(readers, tracker, guarded);
        executor = Executors.newFixedThreadPool(8);
        camel = new DefaultCamelContext();
        camel.addRoutes(new Contract360Route(sources, executor));
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        executor.shutdownNow();
    }

    @Test
    void everySourceAnswersInTheListedOrderWithItsData() {
        Contract360 view = ask();

        assertThat(view.contractId()).isEqualTo("c-1");
        assertThat(view.sources()).extracting(SourceAnswer::source).containsExactly("erp", "logistics", "esign", "crm");
        assertThat(view.sources()).extracting(SourceAnswer::status).containsOnly(SourceStatus.OK);
        assertThat(view.source("erp").orElseThrow().data()).isEqualTo(ERP_VIEW);
        assertThat(view.source("logistics").orElseThrow().data()).isEqualTo(List.of("SF1400000000001"));
    }

    @Test
    void aSlowSourceIsMarkedTimedOutWhileTheOthersAnswer() {
        crmSlow.set(true);

        Contract360 view = ask();

        SourceAnswer crm = view.source("crm").orElseThrow();
        assertThat(crm.status()).isEqualTo(SourceStatus.TIMED_OUT);
        assertThat(crm.message()).isEqualTo("no answer within 2000 ms");
        assertThat(crm.data()).isNull();
        assertThat(view.source("erp").orElseThrow().status()).isEqualTo(SourceStatus.OK);
        assertThat(view.source("logistics").orElseThrow().status()).isEqualTo(SourceStatus.OK);
        assertThat(view.source("esign").orElseThrow().status()).isEqualTo(SourceStatus.OK);
    }

    @Test
    void aSourceThatIsDownOpensItsBreakerAndItClosesOnceTheSourceIsBack() {
        esignDown.set(true);

        assertThat(ask().source("esign").orElseThrow().status()).isEqualTo(SourceStatus.FAILED);
        SourceAnswer second = ask().source("esign").orElseThrow();
        assertThat(second.status()).isEqualTo(SourceStatus.FAILED);
        assertThat(second.message()).contains("HTTP 502");
        int readsWhileClosed = esignReads.get();

        SourceAnswer refused = ask().source("esign").orElseThrow();
        assertThat(refused.status()).isEqualTo(SourceStatus.BREAKER_OPEN);
        assertThat(esignReads.get()).as("an open breaker does not ask esign").isEqualTo(readsWhileClosed);
        assertThat(breaker(EsignReader.SOURCE).getState()).isEqualTo(CircuitBreaker.State.OPEN);

        esignDown.set(false);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> ask().source("esign").orElseThrow().status() == SourceStatus.OK);
        assertThat(breaker(EsignReader.SOURCE).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aSourceWithoutConfigurationIsMarkedNotConfiguredAndNeverCountsAsAFailure() {
        crmConfigured.set(false);

        ask();
        ask();
        SourceAnswer crm = ask().source("crm").orElseThrow();

        assertThat(crm.status()).isEqualTo(SourceStatus.NOT_CONFIGURED);
        assertThat(crm.message()).contains("HUB_CRM_BASE_URL");
        assertThat(breaker(CrmReader.SOURCE).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aSecondAskWithinTheCacheTimeIsAnsweredFromTheCache() {
        Contract360 first = ask();
        Contract360 second = ask();

        assertThat(first.source("erp").orElseThrow().cached()).isFalse();
        assertThat(second.source("erp").orElseThrow().cached()).isTrue();
        assertThat(second.source("erp").orElseThrow().data()).isEqualTo(ERP_VIEW);
        assertThat(second.source("logistics").orElseThrow().cached()).isTrue();
        assertThat(erpReads.get()).isEqualTo(1);
        assertThat(tracked.get()).isEqualTo(1);
        assertThat(second.source("esign").orElseThrow().cached()).as("esign has no cache time here").isFalse();
        assertThat(esignReads.get()).isEqualTo(2);
    }

    @Test
    void withoutTheErpsAnswerLogisticsHasNoWaybillsToTrack() {
        erpDown.set(true);

        Contract360 view = ask();

        assertThat(view.source("erp").orElseThrow().status()).isEqualTo(SourceStatus.FAILED);
        assertThat(view.source("erp").orElseThrow().message()).contains("connection refused");
        SourceAnswer logistics = view.source("logistics").orElseThrow();
        assertThat(logistics.status()).isEqualTo(SourceStatus.FAILED);
        assertThat(logistics.message()).isEqualTo("the waybills come from the ERP, whose answer is failed");
        assertThat(tracked.get()).isZero();
    }

    private Contract360 ask() {
        return producer.requestBody(Contract360Route.ENDPOINT, SUBJECT, Contract360.class);
    }

    private CircuitBreaker breaker(String source) {
        return sources.guarded(source).circuitBreaker();
    }

    private static ContractSourceReader reader(String source, java.util.function.Supplier<Object> read) {
        return new ContractSourceReader() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public Object read(Contract360Subject subject) {
                return read.get();
            }
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
