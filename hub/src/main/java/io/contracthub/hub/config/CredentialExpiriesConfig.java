package io.contracthub.hub.config;

import io.contracthub.connectors.credentials.CredentialExpiries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one registry where each connector that caches a token or session says when it ends (shown on the console). */
@Configuration
public class CredentialExpiriesConfig {

    @Bean
    CredentialExpiries credentialExpiries() {
        return new CredentialExpiries();
    }
}
