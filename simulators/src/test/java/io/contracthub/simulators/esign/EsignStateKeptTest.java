package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.state.SimulatorStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A sign flow and its document outlive a restart of the simulated esign when its state is kept in a directory. */
class EsignStateKeptTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSignFlowCreatedBeforeARestartIsStillSigningAfterItWithItsDocument(@TempDir Path directory) throws Exception {
        String flowId;
        String fileId;
        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            EsignSimulator before = store.keep("esign", simulator());
            fileId = uploadReadyFile(before);
            flowId = before.createByFile(json.readTree("""
                    {"docs":[{"fileId":"%s"}],"signFlowConfig":{"signFlowTitle":"HT-2026-0002","notifyUrl":"http://127.0.0.1:1/cb"},
                     "signers":[{"orgSignerInfo":{"orgName":"Buyer"},"signFields":[{"customBizNum":"HT-2026-0002"}]}]}"""
                    .formatted(fileId)));
        }

        try (SimulatorStateStore store = new SimulatorStateStore(directory, Duration.ofHours(1))) {
            EsignSimulator after = store.keep("esign", simulator());

            assertThat(after.flow(flowId)).hasValueSatisfying(flow -> {
                assertThat(flow.title()).isEqualTo("HT-2026-0002");
                assertThat(flow.status()).isEqualTo(1);
                assertThat(flow.signers()).extracting(SimulatedSignFlow.Signer::customBizNum).containsExactly("HT-2026-0002");
                assertThat(flow.request().path("signFlowConfig").path("notifyUrl").asText()).isEqualTo("http://127.0.0.1:1/cb");
            });
            assertThat(after.file(fileId)).hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(EsignSimulatorTest.PDF));
        }
    }

    private static EsignSimulator simulator() {
        return new EsignSimulator(new EsignSimulatorSettings("7438000001", "sim-secret", 0));
    }

    private String uploadReadyFile(EsignSimulator simulator) throws Exception {
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(EsignSimulatorTest.PDF));
        JsonNode request = json.createObjectNode().put("contentMd5", md5).put("contentType", "application/pdf")
                .put("fileName", "contract.pdf").put("fileSize", EsignSimulatorTest.PDF.length);
        simulator.fileReadyAfterReads(0);
        String fileId = simulator.registerUpload(request).fileId();
        assertThat(simulator.receiveUpload(fileId, EsignSimulatorTest.PDF, md5, "application/pdf")).isEmpty();
        return fileId;
    }
}
