package io.contracthub.hub.console.contract;

import io.contracthub.connectors.crm.CrmContractClient;
import io.contracthub.hub.contract360.Contract360;
import io.contracthub.hub.contract360.ErpView;
import io.contracthub.hub.contract360.EsignReader;
import io.contracthub.hub.contract360.LogisticsReader;
import io.contracthub.hub.contract360.SourceAnswer;

import java.util.List;

/**
 * The contract page's 360 panel: each source's status, and the data of those that answered, typed for the template.
 * {@code unavailable} is set instead when the 360 could not be put together at all (its pool was full).
 */
public record Contract360Panel(List<SourceAnswer> sources, ErpView erp, LogisticsReader.LogisticsView logistics,
                               EsignReader.EsignView esign,
                               CrmContractClient.CrmContractStage crm, boolean unavailable) {

    public static Contract360Panel of(Contract360 view) {
        return new Contract360Panel(view.sources(), data(view, "erp", ErpView.class),
                data(view, "logistics", LogisticsReader.LogisticsView.class), data(view, "esign", EsignReader.EsignView.class),
                data(view, "crm", CrmContractClient.CrmContractStage.class), false);
    }

    public static Contract360Panel notAvailable() {
        return new Contract360Panel(List.of(), null, null, null, null, true);
    }

    private static <T> T data(Contract360 view, String source, Class<T> type) {
        return view.source(source).filter(SourceAnswer::isOk).map(SourceAnswer::data)
                .filter(type::isInstance).map(type::cast).orElse(null);
    }
}
