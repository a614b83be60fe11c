package io.contracthub.hub;

import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.erp.MasterData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KingdeeDeliveryTest extends ErpDeliveryContractTest {

    @Override
    String region() {
        return KINGDEE_REGION;
    }

    @Override
    String erpName() {
        return "Kingdee";
    }

    @Override
    FaultPlan faults() {
        return kingdee.faults();
    }

    @Override
    MasterData masterData() {
        return kingdee.masterData();
    }

    @Override
    String customerCode() {
        return "CUST-0001";
    }

    @Override
    String unknownCustomerMessage() {
        return "[CUST-0001]在基础资料中不存在";
    }

    @Override
    List<String> documentTypes() {
        return List.of("SAL_SaleOrder", "IV_SALESIC");
    }

    @Test
    void aLostSessionIsLoggedInAgainAndTheCallRetriedOnce() {
        awaitErpEntries(effectiveContract(KINGDEE_REGION), 2, Duration.ofSeconds(45));
        long loginsBefore = kingdee.logins();

        kingdee.expireSessions();
        String id = effectiveContract(KINGDEE_REGION);

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(kingdee.logins() - loginsBefore).as("new logins after the session was lost").isBetween(1L, 2L);
        // a retried Save whose first answer was lost finds the document the first one created: both are right
        assertThat(erpEntries(id)).extracting(entry -> entry.path("reason").asText())
                .allSatisfy(reason -> assertThat(reason).matches(".* (created|found) in Kingdee \\(audited\\)"));
    }
}
