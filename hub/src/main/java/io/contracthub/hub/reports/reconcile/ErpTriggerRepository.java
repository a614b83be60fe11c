package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.erp.ErpOperation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A contract's ERP triggers from the outbox, each with whether the journal holds its document's evidence. */
@Repository
public class ErpTriggerRepository {

    /** The trigger rules (config/hub-rules.yml) whose messages become ERP documents. */
    public static final Map<String, ErpOperation> ERP_TRIGGERS = Map.of(
            "supplychain.stocking", ErpOperation.SALES_ORDER,
            "finance.invoicing", ErpOperation.INVOICE);

    private final JdbcTemplate jdbc;

    public ErpTriggerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ErpTrigger> forContract(String contractId) {
        return jdbc.query("""
                        SELECT o.idempotency_key, o.trigger_name, o.payload, o.created_at,
                               (SELECT COUNT(*) FROM journal j WHERE j.contract_id = o.contract_id
                                   AND j.facet = 'ERP_DOCUMENTS' AND j.source_event_id = o.idempotency_key)
                          FROM outbox o
                         WHERE o.contract_id = ? AND o.trigger_name IN ('supplychain.stocking', 'finance.invoicing')
                         ORDER BY o.id""",
                (rs, n) -> new ErpTrigger(rs.getString(1), ERP_TRIGGERS.get(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5) > 0),
                contractId);
    }
}
