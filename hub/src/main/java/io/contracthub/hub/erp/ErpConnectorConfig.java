package io.contracthub.hub.erp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.kingdee.KingdeeBillClient;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.kingdee.KingdeeSession;
import io.contracthub.connectors.kingdee.KingdeeSettings;
import io.contracthub.connectors.kingdee.KingdeeWebApi;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.connectors.sap.SapBillingDocuments;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapSoapConnector;
import io.contracthub.connectors.sap.generated.ZSDSALESORDERCREATE;
import io.contracthub.connectors.soap.SoapClient;
import io.contracthub.connectors.sap.SapODataClient;
import io.contracthub.connectors.sap.SapSettings;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.connectors.u8.U8OpenApiClient;
import io.contracthub.connectors.u8.U8Settings;
import io.contracthub.connectors.u8.U8TokenCache;
import io.contracthub.routes.erp.ErpConnectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a connector for each ERP that has a base URL (or a simulator standing in for it). */
@Configuration
public class ErpConnectorConfig {

    @Bean
    ErpConnectors erpConnectors(ErpProperties properties, ObjectProvider<ErpSimulatorEndpoints> simulators,
                                ObjectMapper objectMapper, Clock clock, ResilienceRegistries registries,
                                CredentialExpiries credentials) {
        ErpSimulatorEndpoints simulated = simulators.getIfAvailable(() -> system -> Optional.empty());
        List<ErpConnector> connectors = new ArrayList<>();
        if (properties.kingdee() != null) {
            baseUrl(simulated, KingdeeConnector.SYSTEM, properties.kingdee().baseUrl())
                    .ifPresent(url -> connectors.add(kingdee(properties.kingdee(), url, objectMapper, clock, registries, credentials)));
        }
        if (properties.u8() != null) {
            baseUrl(simulated, U8Connector.SYSTEM, properties.u8().baseUrl())
                    .ifPresent(url -> connectors.add(u8(properties.u8(), url, objectMapper, clock, registries, credentials)));
        }
        if (properties.sap() != null) {
            baseUrl(simulated, SapConnector.SYSTEM, properties.sap().baseUrl())
                    .ifPresent(url -> connectors.add(sap(properties.sap(), url, objectMapper, registries)));
        }
        return new ErpConnectors(connectors);
    }

    private static KingdeeConnector kingdee(ErpProperties.Kingdee config, String baseUrl, ObjectMapper objectMapper, Clock clock,
                                            ResilienceRegistries registries, CredentialExpiries credentials) {
        HttpEndpoint endpoint = endpoint(KingdeeConnector.SYSTEM, baseUrl, config.connectTimeout(), config.requestTimeout());
        VendorError.Reader errors = VendorError.fields("ErrorCode", "Message");
        KingdeeSettings settings = new KingdeeSettings(config.acctId(), config.username(), config.appId(), config.appSecret(),
                config.password(), config.loginMethod(), config.lcid(), config.invoiceFormId(), config.submitAndAudit(),
                config.sessionLostText());
        ConnectorResilience resilience = deliveryResilience(KingdeeConnector.SYSTEM, config.resilience(), registries);
        KingdeeSession session = new KingdeeSession(settings,
                new JsonHttpClient(endpoint, objectMapper, KingdeeSession.LOGIN_HEADERS, errors, resilience.requestGuard()), clock);
        credentials.registerObtainedAt(KingdeeConnector.SYSTEM, session::obtainedAt);
        KingdeeWebApi api = new KingdeeWebApi(new JsonHttpClient(endpoint, objectMapper, session.signer(), errors,
                resilience.requestGuard()), session, settings.sessionLostText());
        return new KingdeeConnector(settings, new KingdeeBillClient(api, settings.sessionLostText()), resilience);
    }

    private static U8Connector u8(ErpProperties.U8 config, String baseUrl, ObjectMapper objectMapper, Clock clock,
                                  ResilienceRegistries registries, CredentialExpiries credentials) {
        HttpEndpoint endpoint = endpoint(U8Connector.SYSTEM, baseUrl, config.connectTimeout(), config.requestTimeout());
        U8Settings settings = new U8Settings(config.fromAccount(), config.toAccount(), config.appKey(), config.appSecret(),
                config.dsSequence(), config.tokenRefreshMargin(), config.pollInterval(), config.maxPolls(), config.tokenErrorCodes());
        ConnectorResilience resilience = deliveryResilience(U8Connector.SYSTEM, config.resilience(), registries);
        JsonHttpClient client = new JsonHttpClient(endpoint, objectMapper,
                (method, path, body) -> Map.of("Content-Type", "application/json"), VendorError.fields("errcode", "errmsg"),
                resilience.requestGuard());
        U8TokenCache tokens = new U8TokenCache(settings, client, clock);
        credentials.registerExpiry(U8Connector.SYSTEM, tokens::expiresAt);
        U8OpenApiClient api = new U8OpenApiClient(settings, client, tokens, endpoint.baseUrl());
        return new U8Connector(api, resilience);
    }

    private static ErpConnector sap(ErpProperties.Sap config, String baseUrl, ObjectMapper objectMapper,
                                    ResilienceRegistries registries) {
        HttpEndpoint endpoint = endpoint(SapConnector.SYSTEM, baseUrl, config.connectTimeout(), config.requestTimeout());
        SapSettings settings = new SapSettings(config.username(), config.password(), config.salesOrderService(),
                config.billingService(), config.billingOrderField(), config.outboundDeliveryService(), config.unsureCreateWait());
        ConnectorResilience resilience = deliveryResilience(SapConnector.SYSTEM, config.resilience(), registries);
        SapODataClient odata = new SapODataClient(endpoint, objectMapper, settings, resilience.requestGuard());
        if (config.protocol() == ErpProperties.SapProtocol.ODATA) {
            return new SapConnector(settings, odata, resilience);
        }
        HttpEndpoint soapEndpoint = new HttpEndpoint(SapConnector.SYSTEM, endpoint.resolve(config.soapService()),
                config.connectTimeout(), config.requestTimeout());
        SoapClient<ZSDSALESORDERCREATE> soap = SoapClient.create(soapEndpoint, ZSDSALESORDERCREATE.class, SapSoapConnector.WSDL,
                SapSoapConnector.SERVICE, new SoapClient.BasicCredentials(config.username(), config.password()))
                .guardedBy(resilience.requestGuard());
        return new SapSoapConnector(settings, soap, new SapBillingDocuments(settings, odata), resilience);
    }

    /**
     * Breaker, bulkhead and time limit, named after the ERP (no connector retries in the call): ERP delivery retries in
     * its route only (routes/erp/ErpDeliveryErrorHandling, hub.erp.retry-*) and pauses while the breaker is open, so the
     * breaker goes half-open by itself. The breaker counts the ERP's single requests: its {@code requestGuard()} goes
     * into the ERP's HTTP or SOAP client.
     */
    private static ConnectorResilience deliveryResilience(String system, ResilienceSettings settings, ResilienceRegistries registries) {
        return ConnectorResilience.pausing(system, settings, registries);
    }

    private static Optional<String> baseUrl(ErpSimulatorEndpoints simulated, String system, String configured) {
        Optional<String> simulator = simulated.baseUrl(system);
        if (simulator.isPresent()) {
            return simulator;
        }
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured);
    }

    private static HttpEndpoint endpoint(String system, String baseUrl, Duration connectTimeout, Duration requestTimeout) {
        return new HttpEndpoint(system, URI.create(baseUrl), connectTimeout, requestTimeout);
    }
}
