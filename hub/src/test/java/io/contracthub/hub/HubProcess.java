package io.contracthub.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hub as a real operating-system process on a given data directory, so a test can kill -9 it. */
final class HubProcess implements AutoCloseable {

    static final String API_KEY = "process-test-key";
    static final String CRM_SECRET = "whsec_process_test";
    static final String BROKER_USER = "process-test-consumer";
    static final String BROKER_PASSWORD = "process-test-broker-password";

    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;
    int port;

    private HubProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static HubProcess start(Path dataDir, int brokerPort, Path log, String... properties) throws IOException {
        java.nio.file.Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), ContractHubApplication.class.getName(),
                // port 0 and the port read back from the log: a port picked in advance could be taken meanwhile
                "--server.port=0", "--hub.data-dir=" + dataDir,
                // one node restarted on its data directory, as a deployment names its nodes: it takes back at once the
                // contracts its killed predecessor had leased, instead of waiting for their leases to run out
                "--hub.node-id=hub-process-" + dataDir.getFileName(),
                "--hub.messaging.embedded-acceptor.url=tcp://127.0.0.1:" + brokerPort,
                "--logging.level.root=WARN", "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
        command.addAll(List.of(properties));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HUB_API_KEY", API_KEY);
        builder.environment().put("HUB_CRM_WEBHOOK_SECRET", CRM_SECRET);
        builder.environment().put("HUB_EMBEDDED_ACCEPTOR_USER", BROKER_USER);
        builder.environment().put("HUB_EMBEDDED_ACCEPTOR_PASSWORD", BROKER_PASSWORD);
        // the crash test submits no qualification: no HIS to point at
        builder.environment().put("HUB_HIS_ENABLED", "false");
        HubProcess hub = new HubProcess(builder.start(), log);
        try {
            hub.awaitReady(Duration.ofSeconds(240));
        } catch (IllegalStateException notReady) {
            hub.close();
            throw new IllegalStateException(notReady.getMessage() + "; its log ends with:\n" + tail(log), notReady);
        }
        return hub;
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hub process exited with " + process.exitValue());
            }
            if (port == 0) {
                port = listeningPort();
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException | IllegalArgumentException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("hub process not ready within " + timeout);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int listeningPort() {
        try {
            Matcher matcher = TOMCAT_PORT.matcher(java.nio.file.Files.readString(log));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
