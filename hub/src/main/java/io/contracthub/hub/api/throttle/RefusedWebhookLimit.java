package io.contracthub.hub.api.throttle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** {@code hub.webhooks.refused-limit}: how many refused webhook attempts one source address gets per period. */
@Validated
@ConfigurationProperties("hub.webhooks.refused-limit")
public record RefusedWebhookLimit(@Min(1) int attempts, @NotNull @DurationMin(millis = 1) Duration period,
                                  @Min(1) int maxAddresses) {
}
