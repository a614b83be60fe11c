package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapReadable;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.reports.ReportsProperties;
import io.contracthub.routes.erp.ErpConnectors;
import io.contracthub.routes.erp.ErpTargets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The system checks reconciliation runs, each with the reader of its system's own state: the CRM when its read is
 * configured (hub.connectors.crm.read.base-url, CrmReadConfig), esign when enabled, and every configured ERP
 * (Kingdee, U8, SAP).
 */
@Configuration
public class ReconciliationConfig {

    @Bean
    ReconciliationService reconciliationService(ReportsProperties properties, ContractSampler sampler,
                                                InconsistencyRepository inconsistencies, SignFlowRepository signFlows,
                                                ObjectProvider<CrmStageReader> crm, ObjectProvider<EsignClient> esign,
                                                ErpConnectors erps, ErpTargets targets,
                                                ErpTriggerRepository triggers, ObjectMapper objectMapper, Clock clock) {
        List<SystemCheck> checks = new ArrayList<>();
        CrmStageReader crmStages = crm.getIfAvailable();
        if (crmStages != null) {
            checks.add(new CrmStageCheck(crmStages));
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
