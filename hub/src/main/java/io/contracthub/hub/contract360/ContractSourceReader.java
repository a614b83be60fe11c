package io.contracthub.hub.contract360;

/**
 * Reads one system's own current view of a contract. One call, no resilience of its own (the 360 route adds the
 * source's time limit, breaker, bulkhead and cache); the reconciliation may call a reader the same way.
 */
public interface ContractSourceReader {

    /** "erp", "esign", "crm": the source's name in the 360, its settings and its resilience. */
    String source();

    /**
     * @throws SourceNotConfiguredException when this hub cannot ask the system at all
     * @throws io.contracthub.connectors.http.ConnectorException when the system refused or failed
     */
    Object read(Contract360Subject subject);
}
