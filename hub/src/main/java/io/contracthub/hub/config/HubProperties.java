package io.contracthub.hub.config;

import io.contracthub.model.Facet;
import io.contracthub.model.LifecycleState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything under {@code hub.*}; the hub refuses to start when a required value is missing. */
@Validated
@ConfigurationProperties("hub")
public record HubProperties(
        @NotNull Path dataDir,
        @NotBlank(message = "hub.api-key is required (set HUB_API_KEY, or run the sandbox profile)") String apiKey,
        @Min(1024) long maxBodyBytes,
        @Valid @NotNull Connectors connectors,
        @Valid @NotNull Inbox inbox,
        @Valid @NotNull Messaging messaging,
        @Valid @NotNull Facets facets,
        @Valid @NotEmpty List<Trigger> triggers) {

    public record Connectors(@Valid @NotNull Crm crm) {
    }

    public record Crm(
            @NotBlank(message = "hub.connectors.crm.webhook-secret is required (set HUB_CRM_WEBHOOK_SECRET)") String webhookSecret,
            @NotNull Duration tolerance) {
    }

    public record Inbox(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff) {
    }

    /**
     * @param embeddedAcceptor optional URL (e.g. tcp://127.0.0.1:61616) on which the embedded broker also accepts
     *                         clients outside this process: consumers of the trigger queues, tests, tools
     */
    public record Messaging(@NotEmpty List<String> queues, @NotNull Duration redeliveryDelay, double redeliveryMultiplier,
                            @NotNull Duration maxRedeliveryDelay, @Min(1) int maxDeliveryAttempts, String embeddedAcceptor) {
    }

    public record Facets(@NotEmpty Set<Facet> required, Map<String, Set<Facet>> additionalBySegment) {
    }

    public record Trigger(@NotBlank String name, @NotNull LifecycleState onEnter, @NotBlank String destination) {
    }
}
