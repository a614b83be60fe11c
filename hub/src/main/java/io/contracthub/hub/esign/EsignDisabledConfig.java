package io.contracthub.hub.esign;

import io.contracthub.routes.spi.OverdueSignFlowCheck;
import io.contracthub.routes.spi.SignFlowStarter;
import io.contracthub.routes.spi.SignFlowTermsCheck;
import io.contracthub.routes.spi.SignedDocumentFetch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without esign the sign flow trigger still fires (it is business configuration); its messages are acknowledged
 * and logged instead of piling up on the queue.
 */
@Configuration
@ConditionalOnProperty(name = "hub.connectors.esign.enabled", havingValue = "false", matchIfMissing = true)
public class EsignDisabledConfig {

    private static final Logger log = LoggerFactory.getLogger(EsignDisabledConfig.class);

    @Bean
    SignFlowStarter signFlowsNotStarted() {
        return (triggerMessageJson, idempotencyKey) ->
                log.info("esign is not enabled (hub.connectors.esign.enabled); no sign flow for {}", idempotencyKey);
    }

    @Bean
    OverdueSignFlowCheck noOverdueSignFlows() {
        return () -> 0;
    }

    @Bean
    SignedDocumentFetch noSignedDocumentsToFetch() {
        return () -> 0;
    }

    @Bean
    SignFlowTermsCheck noSignFlowsToReplace() {
        return () -> 0;
    }
}
