package io.contracthub.hub;

import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.erp.MasterData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class U8DeliveryTest extends ErpDeliveryContractTest {

    @Override
    String region() {
        return U8_REGION;
    }

    @Override
    String erpName() {
        return "U8";
    }

    @Override
    FaultPlan faults() {
        return u8.faults();
    }

    @Override
    MasterData masterData() {
        return u8.masterData();
    }

    @Override
    String customerCode() {
        return "0101";
    }

    @Override
    String unknownCustomerMessage() {
        return "客户编码[0101]不存在";
    }

    @Override
    List<String> documentTypes() {
        return List.of("saleorder", "saleinvoice");
    }

    @Test
    void theTokenIsCachedAndFetchedAgainOnlyWhenU8RefusesIt() {
        awaitErpEntries(effectiveContract(U8_REGION), 2, Duration.ofSeconds(45));
        long fetchesBefore = u8.tokenFetches();

        awaitErpEntries(effectiveContract(U8_REGION), 2, Duration.ofSeconds(45));
        assertThat(u8.tokenFetches()).as("token reused while valid").isEqualTo(fetchesBefore);

        u8.expireTokens();
        String id = effectiveContract(U8_REGION);

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(u8.tokenFetches() - fetchesBefore).as("new tokens after U8 refused the old one").isBetween(1L, 2L);
    }
}
