package io.contracthub.hub.console.connectors;

import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.hub.console.SettableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which systems are on, and what the page counts for "the last 5 minutes". */
class ConnectorsPageAssemblerTest {

    private static final ResilienceSettings SETTINGS = new ResilienceSettings(Duration.ofSeconds(5), 50, 10, 10, Duration.ofSeconds(30), 4, Duration.ZERO);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T08:00:00Z"));

    @Test
    void aSystemWhoseConnectorRegisteredNoBreakerIsNotEnabled() {
        ResilienceRegistries registries = ResilienceRegistries.create();
        new ConnectorResilience("kingdee", SETTINGS, registries);
        ConnectorsPage page = new ConnectorsPageAssembler(registries, new CredentialExpiries(), new ConnectorActivityRecorder(registries, clock), clock).page();

        assertThat(row(page, "kingdee").enabled()).isTrue();
        assertThat(row(page, "kingdee").breaker().state()).isEqualTo("CLOSED");
        assertThat(row(page, "kingdee").bulkhead().inUse()).isZero();
        assertThat(row(page, "u8").enabled()).isFalse();
        assertThat(row(page, "u8").breaker()).isNull();
        assertThat(row(page, "crm").enabled()).isTrue();
        assertThat(row(page, "crm").inbound()).isTrue();
    }

    @Test
    void aCachedTokenShowsItsExpiryOrNoneYetAndASessionWhenItWasObtained() {
        ResilienceRegistries registries = ResilienceRegistries.create();
        CredentialExpiries credentials = new CredentialExpiries();
        for (String system : new String[] {"wecom", "u8", "kingdee", "sap"}) {
            new ConnectorResilience(system, SETTINGS, registries);
        }
        Instant expiresAt = Instant.parse("2026-03-02T10:00:00Z");
        credentials.registerExpiry("wecom", () -> Optional.of(expiresAt));
        credentials.registerExpiry("u8", Optional::empty);
        credentials.registerObtainedAt("kingdee", () -> Optional.of(clock.instant()));
        ConnectorsPage page = new ConnectorsPageAssembler(registries, credentials,
                new ConnectorActivityRecorder(registries, clock), clock).page();

        assertThat(row(page, "wecom").credential()).isEqualTo(new ConnectorsPage.Credential(true, expiresAt));
        assertThat(row(page, "u8").credential()).isEqualTo(new ConnectorsPage.Credential(true, null));
        assertThat(row(page, "kingdee").credential()).isEqualTo(new ConnectorsPage.Credential(false, clock.instant()));
        assertThat(row(page, "sap").credential()).isNull();
    }

    @Test
    void callsOlderThanFiveMinutesLeaveTheCount() {
        ResilienceRegistries registries = ResilienceRegistries.create();
        // the recorder first, the connector after: a breaker added later is watched too
        ConnectorActivityRecorder recorder = new ConnectorActivityRecorder(registries, clock);
        ConnectorResilience u8 = new ConnectorResilience("u8", SETTINGS, registries);
        ConnectorsPageAssembler assembler = new ConnectorsPageAssembler(registries, new CredentialExpiries(), recorder, clock);

        u8.call(() -> "ok");
        clock.advance(Duration.ofSeconds(200));
        u8.circuitBreaker().executeSupplier(() -> "ok");
        assertThatThrownBy(() -> u8.circuitBreaker().executeSupplier(() -> {
            throw new ConnectorUnavailableException("u8", "U8 网关超时", null);
        }));
        assertThat(row(assembler.page(), "u8").recent()).isEqualTo(new ConnectorsPage.Recent(3, 1, 0));
        assertThat(row(assembler.page(), "u8").lastFailureMessage()).endsWith("U8 网关超时");

        clock.advance(Duration.ofSeconds(110));
        assertThat(row(assembler.page(), "u8").recent()).isEqualTo(new ConnectorsPage.Recent(2, 1, 0));
        clock.advance(Duration.ofSeconds(300));
        assertThat(row(assembler.page(), "u8").recent()).isEqualTo(new ConnectorsPage.Recent(0, 0, 0));
        assertThat(row(assembler.page(), "u8").lastSuccess()).isEqualTo(Instant.parse("2026-03-02T08:03:20Z"));
    }

    private static ConnectorsPage.Row row(ConnectorsPage page, String key) {
        return page.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
