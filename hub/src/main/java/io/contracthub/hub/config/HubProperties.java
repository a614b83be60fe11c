package io.contracthub.hub.config;

import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.model.Facet;
import io.contracthub.model.LifecycleState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything under {@code hub.*}. What a connector cannot run without (the API key, the CRM secret, an enabled esign's
 * credentials) is checked before the hub starts, all at once, by config.startup.StartupSettingsCheck.
 */
@Validated
@ConfigurationProperties("hub")
public record HubProperties(
        @NotNull Path dataDir,
        String apiKey,
        @Min(1024) long maxBodyBytes,
        @Valid @NotNull Connectors connectors,
        @Valid @NotNull Inbox inbox,
        @Valid @NotNull Messaging messaging,
        @Valid @NotNull Facets facets,
        @Valid @NotEmpty List<Trigger> triggers) {

    public record Connectors(@Valid @NotNull Crm crm, @Valid @NotNull Esign esign) {
    }

    public record Crm(
            String webhookSecret,
            @NotNull Duration tolerance) {
    }

    /**
     * The esign (e签宝) connector, off unless {@code enabled}. {@code notifyUrl} may be blank: esign then pushes to the
     * URL set in its console.
     */
    public record Esign(
            boolean enabled,
            String baseUrl,
            String appId,
            String appSecret,
            String notifyUrl,
            @NotNull Duration callbackTolerance,
            @NotNull Duration connectTimeout,
            @NotNull Duration requestTimeout,
            @Valid @NotNull SignFlow signFlow,
            @Valid @NotNull Reconcile reconcile,
            @Valid @NotNull Resilience resilience) {

        // records print every component; the secret must never reach a log line
        @Override
        public String toString() {
            return "Esign[enabled=" + enabled + ", baseUrl=" + baseUrl + ", appId=" + appId + ", appSecret=***, notifyUrl=" + notifyUrl + "]";
        }
    }

    /**
     * How the hub starts a sign flow: for contracts of these customer segments (empty: every contract), on the
     * contract's own document (uploaded first, then asked for up to {@code fileReadyPolls} times, that far apart,
     * until esign says it is ready), with the seller as second signer ({@code sellerCreditCode} optional).
     */
    public record SignFlow(List<String> segments, @Min(1) int fileReadyPolls, @NotNull Duration fileReadyPollInterval,
                           boolean autoFinish, String sellerOrgName, String sellerCreditCode, String sellerTransactorAccount) {

        public boolean startsFor(String segment) {
            return segments == null || segments.isEmpty() || (segment != null && segments.contains(segment));
        }
    }

    /**
     * When a sign flow whose final callback has not arrived is queried instead, and how often the hub looks; a query
     * that fails is tried again after the claimed-work backoff ({@code initialBackoff} doubling up to
     * {@code maxBackoff}) and given up (a dead letter) after {@code maxAttempts}.
     */
    public record Reconcile(@NotNull Duration overdueAfter, @NotNull Duration interval, @Min(1) int batchSize,
                            @DefaultValue("1m") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
                            @DefaultValue("24") @Min(1) int maxAttempts) {
    }

    /**
     * One external system's resilience settings (see ConnectorResilience): time limit, breaker, bulkhead. No retry:
     * the work that makes the call retries it (claimed work's backoff, the ERP delivery route, broker redelivery).
     */
    public record Resilience(@NotNull Duration timeout, float failureRateThreshold, @Min(1) int slidingWindowSize,
                             @Min(1) int minimumNumberOfCalls, @NotNull Duration openStateWait,
                             @Min(1) int maxConcurrentCalls, @NotNull Duration maxWaitForPermit) {

        public ResilienceSettings toSettings() {
            return new ResilienceSettings(timeout, failureRateThreshold, slidingWindowSize,
                    minimumNumberOfCalls, openStateWait, maxConcurrentCalls, maxWaitForPermit);
        }
    }

    public record Inbox(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff) {
    }

    /**
     * @param embeddedAcceptor optional URL (e.g. tcp://127.0.0.1:61616) on which the embedded broker also accepts
     *                         clients outside this process: consumers of the trigger queues, tests, tools
     */
    /**
     * {@code queueMemoryLimit}: what one address of the embedded broker may hold in heap before it pages to disk;
     * {@code brokerMemoryLimit}: the same for all addresses together (Artemis' own default is half the heap).
     */
    public record Messaging(@NotEmpty List<String> queues, @NotNull Duration redeliveryDelay, double redeliveryMultiplier,
                            @NotNull Duration maxRedeliveryDelay, @Min(1) int maxDeliveryAttempts,
                            @NotNull EmbeddedAcceptor embeddedAcceptor,
                            @NotNull DataSize queueMemoryLimit, @NotNull DataSize brokerMemoryLimit) {
    }

    /**
     * A network acceptor on the embedded broker for consumers outside the process (off unless {@code url} is set).
     * It always asks for {@code user} and {@code password}, and listens on a loopback address unless
     * {@code allowRemote} says otherwise.
     */
    public record EmbeddedAcceptor(String url, String user, String password, boolean allowRemote) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }

        @Override
        public String toString() {
            return "EmbeddedAcceptor[url=" + url + ", user=" + user + ", password=***, allowRemote=" + allowRemote + "]";
        }
    }

    public record Facets(@NotEmpty Set<Facet> required, Map<String, Set<Facet>> additionalBySegment) {
    }

    /** Fires when a contract enters {@code onEnter}; when {@code from} is given, only when it comes from one of those. */
    public record Trigger(@NotBlank String name, @NotNull LifecycleState onEnter, List<LifecycleState> from,
                          @NotBlank String destination) {

        public boolean firesFrom(LifecycleState previous) {
            return from == null || from.isEmpty() || from.contains(previous);
        }
    }
}
