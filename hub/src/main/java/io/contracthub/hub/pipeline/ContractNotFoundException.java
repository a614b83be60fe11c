package io.contracthub.hub.pipeline;

public class ContractNotFoundException extends RuntimeException {

    public ContractNotFoundException(String contractId) {
        super("No contract with id " + contractId);
    }
}
