package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.crm.CrmContractClient;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapReadable;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.reports.ReportsProperties;
import io.contracthub.routes.erp.ErpConnectors;
import io.contracthub.routes.erp.ErpTargets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The system checks reconciliation runs, each with the reader of its system's own state: the CRM when its read is
 * configured (hub.reports.crm-read.base-url), esign when enabled, and every configured ERP (Kingdee, U8, SAP).
 */
@Configuration
public class ReconciliationConfig {

    @Bean
    ReconciliationService reconciliationService(ReportsProperties properties, ContractSampler sampler,
                                                InconsistencyRepository inconsistencies, SignFlowRepository signFlows,
                                                ObjectProvider<EsignClient> esign, ErpConnectors erps, ErpTargets targets,
                                                ErpTriggerRepository triggers, ObjectMapper objectMapper, Clock clock,
                                                ResilienceRegistries registries) {
        List<SystemCheck> checks = new ArrayList<>();
        ReportsProperties.CrmRead crm = properties.crmRead();
        if (crm != null && crm.baseUrl() != null && !crm.baseUrl().isBlank()) {
            CrmContractClient client = new CrmContractClient(
                    new HttpEndpoint(CrmContractClient.SYSTEM, URI.create(crm.baseUrl()), crm.connectTimeout(), crm.requestTimeout()),
                    objectMapper, crm.token());
            ConnectorResilience resilience = new ConnectorResilience(CrmContractClient.SYSTEM, crm.resilience().toSettings(), registries);
            checks.add(new CrmStageCheck(number -> resilience.call(() -> client.find(number))
                    .map(CrmContractClient.CrmContractStage::stage)));
        }
        EsignClient esignClient = esign.getIfAvailable();
        if (esignClient != null) {
            checks.add(new SignatureCheck(signFlows, flowId -> esignClient.signFlowDetail(flowId).status()));
        }
        List<ErpDocumentReader> readers = new ArrayList<>();
        erps.find(KingdeeConnector.SYSTEM).filter(KingdeeConnector.class::isInstance)
                .ifPresent(kingdee -> readers.add(new KingdeeDocumentReader((KingdeeConnector) kingdee)));
        erps.find(U8Connector.SYSTEM).filter(U8Connector.class::isInstance)
                .ifPresent(u8 -> readers.add(new U8DocumentReader((U8Connector) u8)));
        erps.find(SapConnector.SYSTEM).filter(SapReadable.class::isInstance)
                .ifPresent(sap -> readers.add(new SapDocumentReader(((SapReadable) sap).reads())));
        checks.add(new ErpDocumentsCheck(triggers, targets, readers, objectMapper, clock,
                properties.reconciliation().settleTime()));
        return new ReconciliationService(sampler, checks, inconsistencies, properties.reconciliation(), clock);
    }
}
