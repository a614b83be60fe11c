package io.contracthub.hub.document;

import io.contracthub.hub.config.HubProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signed document store named in configuration (hub.signed-documents.store). */
@Configuration
public class SignedDocumentConfig {

    @Bean
    SignedDocumentStore signedDocumentStore(SignedDocumentSettings settings, HubProperties properties) {
        return switch (settings.store()) {
            case FILESYSTEM -> new FilesystemSignedDocumentStore(properties.dataDir().resolve("signed-documents"));
        };
    }
}
