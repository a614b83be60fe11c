package io.contracthub.hub.sandbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar (hub/target/contract-hub.jar, packaged by the hub module before this module's tests run) holds no
 * simulator, no sandbox configuration and none of the sandbox's credentials: those live in contract-hub-sandbox.jar only.
 */
class ProductionJarTest {

    private static JarInspection productionJar;

    @BeforeAll
    static void inspectTheProductionJar() throws IOException {
        String location = System.getProperty("hub.production-jar");
        assertThat(location).as("system property hub.production-jar (set by the sandbox module's surefire)").isNotBlank();
        Path jar = Path.of(location);
        assertThat(jar).as("the production jar; package the hub module first (./mvnw package)").isRegularFile();
        productionJar = JarInspection.of(jar, SandboxCredentials.fromClasspath());
    }

    @Test
    void holdsNoSimulatorClass() {
        assertThat(productionJar.simulatorClasses()).isEmpty();
    }

    @Test
    void holdsNoSandboxConfiguration() {
        assertThat(productionJar.sandboxConfigurations()).isEmpty();
    }

    @Test
    void holdsNoSandboxCredential() {
        assertThat(productionJar.credentials()).isEmpty();
    }

    @Test
    void theSandboxCredentialsCheckedIncludeTheApiKeyAndTheErpSecrets() throws IOException {
        assertThat(SandboxCredentials.fromClasspath()).contains("sandbox-dev-key", "whsec_sandbox_only_change_me",
                "esign_sandbox_only_change_me", "sandbox-kingdee-secret", "sandbox-u8-secret", "sandbox-sap-password",
                "SECrobot_sandbox_secret");
    }

    @Test
    void theInspectionFindsSimulatorsConfigurationAndCredentialsInAJarThatHasThem(@TempDir Path directory) throws IOException {
        Path nested = directory.resolve("contract-hub-connectors.jar");
        writeJar(nested, "io/contracthub/connectors/Defaults.class", "key=sandbox-dev-key".getBytes(StandardCharsets.UTF_8));
        Path jar = directory.resolve("contract-hub.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "BOOT-INF/classes/io/contracthub/simulators/esign/EsignSimulator.class", new byte[]{1, 2, 3});
            add(out, "BOOT-INF/classes/application-sandbox.yml", "hub: {}".getBytes(StandardCharsets.UTF_8));
            add(out, "BOOT-INF/lib/contract-hub-connectors.jar", Files.readAllBytes(nested));
        }

        JarInspection inspection = JarInspection.of(jar, Set.of("sandbox-dev-key"));

        assertThat(inspection.simulatorClasses())
                .containsExactly("contract-hub.jar!/BOOT-INF/classes/io/contracthub/simulators/esign/EsignSimulator.class");
        assertThat(inspection.sandboxConfigurations()).containsExactly("contract-hub.jar!/BOOT-INF/classes/application-sandbox.yml");
        assertThat(inspection.credentials()).containsExactly(
                "sandbox-dev-key in contract-hub.jar!/BOOT-INF/lib/contract-hub-connectors.jar!/io/contracthub/connectors/Defaults.class");
    }

    @Test
    void aBundledSimulatorsLibraryCountsAsSimulatorClasses(@TempDir Path directory) throws IOException {
        Path jar = directory.resolve("contract-hub.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "BOOT-INF/lib/contract-hub-simulators-0.1.0-SNAPSHOT.jar", emptyJar(directory));
        }

        assertThat(JarInspection.of(jar, Set.of()).simulatorClasses())
                .containsExactly("contract-hub.jar!/BOOT-INF/lib/contract-hub-simulators-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void credentialsAreReadFromSecretKeysAndVariableDefaults() {
        String yaml = """
                hub:
                  api-key: ${HUB_API_KEY:sandbox-dev-key}
                  # secret: not-a-value-in-a-comment
                  app-secret: "quoted-secret-value"
                  base-url: ${HUB_URL:http://127.0.0.1:8092}
                  app-id: 7438000000
                  token: short
                  password: ${HUB_PASSWORD:${other.property}}
                """;

        assertThat(SandboxCredentials.parse(yaml)).containsExactly("sandbox-dev-key", "quoted-secret-value");
    }

    private static byte[] emptyJar(Path directory) throws IOException {
        Path empty = directory.resolve("empty.jar");
        writeJar(empty, "META-INF/placeholder.txt", new byte[0]);
        return Files.readAllBytes(empty);
    }

    private static void writeJar(Path jar, String entry, byte[] content) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, entry, content);
        }
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
