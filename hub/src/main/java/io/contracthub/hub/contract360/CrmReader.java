package io.contracthub.hub.contract360;

import io.contracthub.connectors.crm.CrmContractClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The CRM's current sales stage of the contract, by its number. */
@Component
public class CrmReader implements ContractSourceReader {

    public static final String SOURCE = "crm";

    private final ObjectProvider<CrmContractClient> client;

    public CrmReader(ObjectProvider<CrmContractClient> client) {
        this.client = client;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public CrmContractClient.CrmContractStage read(Contract360Subject subject) {
        CrmContractClient crm = client.getIfAvailable();
        if (crm == null) {
            throw new SourceNotConfiguredException("the CRM's read API has no base URL (HUB_CRM_BASE_URL)");
        }
        return crm.stage(subject.contractNumber());
    }
}
