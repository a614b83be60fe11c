package io.contracthub.hub.document;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Where signed contract copies are kept ({@code hub.signed-documents}) and how often the hub fetches the copies of
 * completed sign flows. FILESYSTEM is the one store implemented; an S3-compatible store would be another
 * {@link SignedDocumentStore}.
 */
@Validated
@ConfigurationProperties("hub.signed-documents")
public record SignedDocumentSettings(@NotNull Store store, @NotNull Duration fetchInterval) {

    public enum Store { FILESYSTEM }
}
