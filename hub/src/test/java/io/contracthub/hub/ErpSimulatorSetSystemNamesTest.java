package io.contracthub.hub;

import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.simulators.erp.ErpSimulatorSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulators spell the ERP systems as the connectors do (the simulators module may not import the connectors). */
class ErpSimulatorSetSystemNamesTest {

    @Test
    void theSimulatorSetNamesEachErpLikeItsConnector() {
        assertThat(ErpSimulatorSet.KINGDEE).isEqualTo(KingdeeConnector.SYSTEM);
        assertThat(ErpSimulatorSet.U8).isEqualTo(U8Connector.SYSTEM);
        assertThat(ErpSimulatorSet.SAP).isEqualTo(SapConnector.SYSTEM);
    }
}
