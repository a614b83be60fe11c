package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** One sign flow as the simulated esign keeps it; {@code status} uses esign's codes (1 signing, 2 completed, ...). */
public record SimulatedSignFlow(String signFlowId, String title, String notifyUrl, boolean autoFinish, List<Signer> signers,
                                int status, Instant createdAt, Instant finishedAt, JsonNode request) {

    public record Signer(int signOrder, String orgName, String customBizNum) {
    }

    SimulatedSignFlow finish(int finalStatus, Instant at) {
        return new SimulatedSignFlow(signFlowId, title, notifyUrl, autoFinish, signers, finalStatus, createdAt, at, request);
    }

    public boolean isFinal() {
        return status != 0 && status != 1;
    }
}
