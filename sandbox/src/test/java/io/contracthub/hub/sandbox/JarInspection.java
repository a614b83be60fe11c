package io.contracthub.hub.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * What of the sandbox a jar holds: simulator classes, the sandbox configuration, sandbox credentials. Looks into the
 * jar's own entries and into the project's nested jars ({@code contract-hub-*}); third-party libraries are only named.
 */
final class JarInspection {

    static final String SIMULATOR_PACKAGE = "io/contracthub/simulators/";
    static final String SANDBOX_CONFIGURATION = "application-sandbox.yml";

    private final List<String> simulatorClasses = new ArrayList<>();
    private final List<String> sandboxConfigurations = new ArrayList<>();
    private final List<String> credentials = new ArrayList<>();

    private JarInspection() {
    }

    static JarInspection of(Path jar, Collection<String> sandboxCredentials) throws IOException {
        JarInspection inspection = new JarInspection();
        try (InputStream in = Files.newInputStream(jar)) {
            inspection.inspect(jar.getFileName().toString(), in, sandboxCredentials);
        }
        return inspection;
    }

    List<String> simulatorClasses() {
        return simulatorClasses;
    }

    List<String> sandboxConfigurations() {
        return sandboxConfigurations;
    }

    /** "credential in entry" for every sandbox credential found. */
    List<String> credentials() {
        return credentials;
    }

    private void inspect(String where, InputStream jarBytes, Collection<String> sandboxCredentials) throws IOException {
        try (JarInputStream jar = new JarInputStream(jarBytes)) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String path = where + "!/" + name;
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (fileName.startsWith("contract-hub-simulators")) {
                    simulatorClasses.add(path);
                }
                if (name.endsWith(".jar") && !fileName.startsWith("contract-hub-")) {
                    continue;
                }
                byte[] content = jar.readAllBytes();
                if (name.endsWith(".jar")) {
                    inspect(path, new ByteArrayInputStream(content), sandboxCredentials);
                    continue;
                }
                if (name.contains(SIMULATOR_PACKAGE)) {
                    simulatorClasses.add(path);
                }
                if (fileName.equals(SANDBOX_CONFIGURATION)) {
                    sandboxConfigurations.add(path);
                }
                // class files keep string constants as (modified) UTF-8, so an ASCII credential is found as it is
                String text = new String(content, StandardCharsets.ISO_8859_1);
                for (String credential : sandboxCredentials) {
                    if (text.contains(credential)) {
                        credentials.add(credential + " in " + path);
                    }
                }
            }
        }
    }
}
