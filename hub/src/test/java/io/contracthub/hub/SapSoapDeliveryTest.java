package io.contracthub.hub;

import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.erp.MasterData;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ERP delivery contract for an SAP connection configured with {@code protocol: soap}: sales orders through
 * BAPI_SALESORDER_CREATEFROMDAT2 (SOAMANAGER), billing documents still read over OData.
 *
 * <p>The one test class with an application context of its own (the protocol is fixed when the connectors are
 * built): its own in-memory database and non-persistent broker, so it shares nothing with the other tests' context.
 */
@TestPropertySource(properties = {
        "hub.erp.sap.protocol=soap",
        "spring.datasource.url=jdbc:h2:mem:sap-soap-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false"})
class SapSoapDeliveryTest extends ErpDeliveryContractTest {

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
        return "BAPI_SALESORDER_CREATEFROMDAT2: Customer 17100001 has not been created for sales organization 1010";
    }

    @Override
    boolean invoiceIsRejectedByTheErp() {
        return false;
    }

    @Override
    List<String> documentTypes() {
        return List.of("BAPI_SALESORDER_CREATEFROMDAT2", "A_BillingDocument");
    }

    @Test
    void theOrderGoesOverSoapWithTheBapiFieldsTheMappingProduced() {
        String id = effectiveContract(SAP_REGION);

        awaitErpEntries(id, 2, Duration.ofSeconds(45));

        CreatedDocument order = documentsOf(id).stream().filter(d -> d.type().equals("BAPI_SALESORDER_CREATEFROMDAT2"))
                .findFirst().orElseThrow();
        assertThat(order.payload().path("orderheaderin").path("purchnoc").asText()).isEqualTo(order.reference());
        assertThat(order.payload().path("orderheaderin").path("salesorg").asText()).isEqualTo("1010");
        assertThat(order.payload().path("orderpartners").path("item").get(0).path("partnnumb").asText()).isEqualTo("17100001");
        assertThat(order.payload().path("orderitemsin").path("item")).extracting(item -> item.path("material").asText())
                .contains("TG11");
    }
}
