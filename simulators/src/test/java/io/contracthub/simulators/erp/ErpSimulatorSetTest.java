package io.contracthub.simulators.erp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErpSimulatorSetTest {

    private ErpSimulatorSet set;

    private static ErpSimulatorSet.Settings settings(List<ErpSimulatorSet.CompanyCodes> companies) {
        return new ErpSimulatorSet.Settings(
                new ErpSimulatorSet.KingdeeAccount(0, "acct", "hub", "app", "kingdee-secret"),
                new ErpSimulatorSet.U8Account(0, "hub", "u8-account", "app-key", "u8-secret"),
                new ErpSimulatorSet.SapAccount(0, "HUB_TECH", "sap-password"),
                companies);
    }

    @AfterEach
    void stop() {
        if (set != null) {
            set.kingdee().stop();
            set.u8().stop();
            set.sap().stop();
        }
    }

    @Test
    void eachSimulatorKnowsOnlyTheCodesOfTheCompaniesOnItsErp() {
        set = new ErpSimulatorSet(settings(List.of(
                new ErpSimulatorSet.CompanyCodes(ErpSimulatorSet.KINGDEE, List.of("CUST-K"), List.of("MAT-K")),
                new ErpSimulatorSet.CompanyCodes(ErpSimulatorSet.SAP, List.of("CUST-S"), List.of("MAT-S")))));

        assertThat(set.kingdee().masterData().knowsCustomer("CUST-K")).isTrue();
        assertThat(set.kingdee().masterData().knowsMaterial("MAT-K")).isTrue();
        assertThat(set.kingdee().masterData().knowsCustomer("CUST-S")).isFalse();
        assertThat(set.sap().masterData().knowsCustomer("CUST-S")).isTrue();
        assertThat(set.sap().masterData().knowsMaterial("MAT-K")).isFalse();
        assertThat(set.u8().masterData().knowsCustomer("CUST-K")).isFalse();
    }

    @Test
    void aCompanyOnAnErpWithoutSimulatorSeedsNothing() {
        set = new ErpSimulatorSet(settings(List.of(
                new ErpSimulatorSet.CompanyCodes("oracle", List.of("CUST-O"), List.of("MAT-O")))));

        assertThat(set.kingdee().masterData().knowsCustomer("CUST-O")).isFalse();
        assertThat(set.u8().masterData().knowsCustomer("CUST-O")).isFalse();
        assertThat(set.sap().masterData().knowsCustomer("CUST-O")).isFalse();
    }

    @Test
    void givesTheBaseUrlOfEachStartedSimulatorByItsSystemName() {
        set = new ErpSimulatorSet(settings(List.of()));
        set.kingdee().start();
        set.u8().start();
        set.sap().start();

        assertThat(set.baseUrl(ErpSimulatorSet.KINGDEE)).contains(set.kingdee().baseUrl());
        assertThat(set.baseUrl(ErpSimulatorSet.U8)).contains(set.u8().baseUrl());
        assertThat(set.baseUrl(ErpSimulatorSet.SAP)).contains(set.sap().baseUrl());
        assertThat(set.baseUrl("oracle")).isEmpty();
        assertThat(set.baseUrl(null)).isEmpty();
    }
}
