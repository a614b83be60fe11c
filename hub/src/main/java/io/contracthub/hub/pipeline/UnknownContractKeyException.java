package io.contracthub.hub.pipeline;

/** Evidence names a contract by a source's key (e.g. an esign signFlowId) that no contract is linked to. */
public class UnknownContractKeyException extends RuntimeException {

    public UnknownContractKeyException(String sourceSystem, String key) {
        super("No contract is linked to " + sourceSystem + " key " + key);
    }
}
