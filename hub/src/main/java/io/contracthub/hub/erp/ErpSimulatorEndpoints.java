package io.contracthub.hub.erp;

import java.util.Optional;

/** Where the in-process ERP simulators listen, when the sandbox (or a test) runs them instead of the real ERPs. */
public interface ErpSimulatorEndpoints {

    Optional<String> baseUrl(String system);
}
