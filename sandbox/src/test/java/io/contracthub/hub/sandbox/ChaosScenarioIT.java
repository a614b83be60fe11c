package io.contracthub.hub.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The chaos proof, short: bench/chaos.sh itself (two hub nodes from the production jar on one PostgreSQL database and
 * one standalone Artemis, the Kingdee, U8 and SAP simulators as processes of their own with 30 % faults), with fewer
 * contracts, one SIGKILL of node 2 and a 30 s Kingdee outage. Every contract reaches its ERP exactly once, in order,
 * with no dead letter nobody can explain. Runs after the jars are packaged (failsafe), on PostgreSQL only.
 */
class ChaosScenarioIT {

    private static final int CONTRACTS = 60;
    private static final String ALL_KEPT = "contracts=" + CONTRACTS + " lost=0 duplicated=0 out_of_order=0 unexplained_dead_letters=0";

    @Test
    void twoNodesAKillAndAnErpOutageLoseNothingAndDoubleNothing() throws Exception {
        assumeTrue(System.getenv("HUB_TEST_POSTGRES_URL") != null,
                "needs PostgreSQL on 127.0.0.1:5432 (HUB_TEST_POSTGRES_URL, as .ci/run sets it)");
        Path root = Path.of(System.getProperty("hub.project-root", "..")).toAbsolutePath().normalize();
        Path output = Files.createDirectories(root.resolve("sandbox/target")).resolve("chaos-scenario.log");

        ProcessBuilder chaos = new ProcessBuilder("bash", root.resolve("bench/chaos.sh").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        chaos.environment().putAll(Map.of(
                "CHAOS_CONTRACTS", String.valueOf(CONTRACTS),
                "CHAOS_RATE", "3",
                "CHAOS_KILLS", "1",
                "CHAOS_KILL_EVERY", "10",
                "CHAOS_OUTAGE", "30",
                "CHAOS_OUTAGE_AFTER", "5",
                "CHAOS_SETTLE_SECONDS", "600",
                "CHAOS_READY_SECONDS", "900",
                "CHAOS_ARTEMIS_PORT", String.valueOf(freePort())));
        Process process = chaos.start();
        boolean ended = process.waitFor(40, TimeUnit.MINUTES);
        if (!ended) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy(); // chaos.sh's EXIT trap stops the nodes, the simulators and the broker, and drops its database
            process.waitFor(1, TimeUnit.MINUTES);
        }

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String log = String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        assertThat(ended).as("chaos.sh ended within its bounds; its log:\n" + log).isTrue();
        assertThat(lines).as("chaos.sh's log").isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).as("the last line of chaos.sh; its log:\n" + log).isEqualTo(ALL_KEPT);
        assertThat(process.exitValue()).as("chaos.sh's exit code; its log:\n" + log).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
