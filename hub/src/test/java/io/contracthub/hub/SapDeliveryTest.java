package io.contracthub.hub;

import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.erp.MasterData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SapDeliveryTest extends ErpDeliveryContractTest {

    @Override
    String region() {
        return SAP_REGION;
    }

    @Override
    String erpName() {
        return "SAP";
    }

    @Override
    FaultPlan faults() {
        return sap.faults();
    }

    @Override
    MasterData masterData() {
        return sap.masterData();
    }

    @Override
    String customerCode() {
        return "17100001";
    }

    @Override
    String unknownCustomerMessage() {
        return "Customer 17100001 has not been created for sales organization 1010";
    }

    @Override
    boolean invoiceIsRejectedByTheErp() {
        // the invoicing task only reads the billing document of the order the (rejected) stocking instruction creates
        return false;
    }

    @Override
    List<String> documentTypes() {
        return List.of("A_SalesOrder", "A_BillingDocument");
    }

    @Test
    void anExpiredCsrfTokenIsFetchedAgainWithItsCookieAndTheCallRetriedOnce() {
        awaitErpEntries(effectiveContract(SAP_REGION), 2, Duration.ofSeconds(45));
        long fetchesBefore = sap.csrfFetches();

        sap.expireCsrfTokens();
        String id = effectiveContract(SAP_REGION);

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(sap.csrfFetches() - fetchesBefore).as("token fetches after SAP refused the old token").isBetween(1L, 2L);
        assertThat(erpEntries(id)).extracting(entry -> entry.path("reason").asText())
                .anySatisfy(reason -> assertThat(reason).matches("invoice 9\\d+ found in SAP \\(billed from sales order 4\\d+\\)"));
    }
}
