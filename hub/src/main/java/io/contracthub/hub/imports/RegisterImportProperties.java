package io.contracthub.hub.imports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Contract register imports ({@code hub.imports}): the largest register accepted (its own limit, above
 * {@code hub.max-body-bytes}: a 50,000-row register is several megabytes), how many imports run at once, how many may
 * wait for a worker (more are refused with 429), and how often a running import writes out its progress.
 */
@Validated
@ConfigurationProperties("hub.imports")
public record RegisterImportProperties(
        @NotNull DataSize maxUploadSize,
        @Min(1) int workers,
        @Min(1) int queueCapacity,
        @NotNull Duration progressInterval) {
}
