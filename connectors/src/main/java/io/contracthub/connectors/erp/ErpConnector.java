package io.contracthub.connectors.erp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One ERP as the delivery routes see it. {@link #deliver} creates the document for one trigger at most once: it
 * first looks for the document an earlier attempt may have created (by the ERP's own duplicate protection or a
 * query on the reference) and answers that one instead of creating a second.
 *
 * <p>Failures are {@link io.contracthub.connectors.http.ConnectorException}s: transient ones may be retried,
 * {@link io.contracthub.connectors.http.ConnectorRejectedException} carries the ERP's own business message.
 */
public interface ErpConnector {

    /** "kingdee", "u8", "sap": the name of its settings, its resilience and its mapping folder. */
    String system();

    /** The mapping that turns the delivery input into this ERP's document for {@code operation}. */
    String mappingFor(ErpOperation operation);

    /**
     * For {@link ErpOperation#SALES_ORDER_CHANGE} the reference is the one of the order to change (derived from the
     * idempotency key of the trigger that created it), and the connector changes that order in the ERP's own way.
     *
     * @param reference the deterministic document reference derived from the trigger's idempotency key
     * @param document  the output of {@link #mappingFor(ErpOperation)}
     */
    ErpDocument deliver(ErpOperation operation, String reference, JsonNode document);
}
