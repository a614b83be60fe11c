package io.contracthub.routes.erp;

import io.contracthub.connectors.erp.ErpConnector;

import java.util.List;
import java.util.Optional;

/** The ERP connectors configured in this hub (only the ERPs some company uses need to be). */
public record ErpConnectors(List<ErpConnector> all) {

    public ErpConnectors {
        all = List.copyOf(all);
    }

    public Optional<ErpConnector> find(String system) {
        return all.stream().filter(connector -> connector.system().equals(system)).findFirst();
    }
}
