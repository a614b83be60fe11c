package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpReference;
import io.contracthub.routes.erp.ErpDeliveryRoutes;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.FaultPlan;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.u8.U8Simulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Base of the ERP delivery tests: runs the delivery routes (stopped for every other test, which reads the trigger
 * queues itself) against the in-process ERP simulators, and reads what the ERPs and the contract say afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ErpDeliveryTest extends HubIntegrationTest {

    static final String KINGDEE_REGION = "Shanghai";
    static final String U8_REGION = "Beijing";
    static final String SAP_REGION = "Guangdong";
    static final String INVOICING = "finance.invoicing";
    static final String STOCKING = "supplychain.stocking";

    @Autowired
    CamelContext camel;
    @Autowired
    ErpDeliveryRoutes deliveryRoutes;
    @Autowired
    KingdeeSimulator kingdee;
    @Autowired
    U8Simulator u8;
    @Autowired
    SapSimulator sap;

    @BeforeAll
    void startDelivery() throws Exception {
        for (String route : deliveryRoutes.consumerRouteIds()) {
            camel.getRouteController().startRoute(route);
        }
    }

    @AfterAll
    void stopDelivery() throws Exception {
        // the routers of the shared queues first: nothing is forwarded to a stopped ERP consumer
        for (String route : deliveryRoutes.consumerRouteIds()) {
            camel.getRouteController().stopRoute(route, 10, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void calmTheErps() {
        Stream.of(kingdee.faults(), u8.faults(), sap.faults()).forEach(FaultPlan::clear);
    }

    /** A contract of a customer in {@code region} (which picks the company and so the ERP), made EFFECTIVE. */
    String effectiveContract(String region) {
        String number = uniqueNumber();
        postCrm(CrmEvents.event("crm-evt-" + UUID.randomUUID(), java.time.Instant.now(), number, "SIGNED", "HOSPITAL")
                .replace("\"region\": \"Shanghai\"", "\"region\": \"" + region + "\""));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        return id;
    }

    String idempotencyKey(String contractId, String trigger) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT idempotency_key FROM outbox WHERE contract_id = ? AND trigger_name = ?", String.class, contractId, trigger),
                keys -> keys.size() == 1).get(0);
    }

    /** The references under which the ERPs file this contract's documents (bill number, biz_id, customer PO). */
    List<String> references(String contractId) {
        String invoicingKey = idempotencyKey(contractId, INVOICING);
        String version = invoicingKey.substring(invoicingKey.lastIndexOf(':') + 1);
        return List.of(ErpReference.of(idempotencyKey(contractId, STOCKING)), ErpReference.of(invoicingKey),
                ErpReference.of(contractId + ":" + version));
    }

    List<CreatedDocument> documentsOf(String contractId) {
        List<CreatedDocument> documents = new ArrayList<>();
        for (String reference : references(contractId)) {
            Stream.of(kingdee.journal(), u8.journal(), sap.journal())
                    .forEach(journal -> documents.addAll(journal.withReference(reference)));
        }
        return documents;
    }

    List<JsonNode> erpEntries(String contractId) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : json(apiGet("/api/contracts/" + contractId + "/timeline"))) {
            if ("ERP_DOCUMENTS".equals(entry.path("facet").asText())) {
                entries.add(entry);
            }
        }
        return entries;
    }

    List<JsonNode> awaitErpEntries(String contractId, int count, Duration within) {
        return await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> erpEntries(contractId), entries -> entries.size() >= count);
    }

    JsonNode awaitDeadLetter(String idempotencyKey) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterFor(idempotencyKey), d -> d != null);
    }

    JsonNode deadLetterFor(String idempotencyKey) {
        JsonNode found = null;
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if (idempotencyKey.equals(item.path("reference").asText())) {
                found = item;
            }
        }
        return found;
    }

    List<JsonNode> deadLettersOf(String contractId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if (contractId.equals(item.path("contractId").asText())) {
                found.add(item);
            }
        }
        return found;
    }
}
