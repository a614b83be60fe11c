package io.contracthub.hub.contract360;

import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.esign.SignFlowDetail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** esign's own view of the contract's latest sign flow (sign-flow detail query). */
@Component
public class EsignReader implements ContractSourceReader {

    public static final String SOURCE = "esign";

    private final ObjectProvider<EsignClient> client;

    public EsignReader(ObjectProvider<EsignClient> client) {
        this.client = client;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public EsignView read(Contract360Subject subject) {
        EsignClient esign = client.getIfAvailable();
        if (esign == null) {
            throw new SourceNotConfiguredException("esign is switched off (HUB_ESIGN_ENABLED)");
        }
        if (subject.signFlowId() == null) {
            return new EsignView(null, null, "no sign flow started for this contract", null);
        }
        SignFlowDetail detail = esign.signFlowDetail(subject.signFlowId());
        return new EsignView(detail.signFlowId(), detail.status().code(), detail.status().description(), detail.finishedAt());
    }

    /** @param statusCode esign's signFlowStatus (1 signing, 2 all signed, ...); null when no flow was started */
    public record EsignView(String signFlowId, Integer statusCode, String status, Instant finishedAt) {
    }
}
