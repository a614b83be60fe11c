package io.contracthub.hub.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every credential application-sandbox.yml carries: the value (or the default of {@code ${VARIABLE:default}}) of each
 * key whose name says it is a secret, key, password, token or hash. Read from the file, so a credential added there
 * is checked without touching the test.
 */
final class SandboxCredentials {

    private static final Pattern SECRET_LINE =
            Pattern.compile("^\\s*-?\\s*([A-Za-z0-9-]*(?:secret|key|password|token|hash)[A-Za-z0-9-]*):\\s*(\\S.*)$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULTED = Pattern.compile("^\\$\\{[A-Z0-9_]+:(.*)}$");
    /** Shorter values (ids, ports) could occur anywhere by chance. */
    private static final int SHORTEST = 8;

    private SandboxCredentials() {
    }

    static Set<String> fromClasspath() throws IOException {
        try (InputStream in = SandboxCredentials.class.getResourceAsStream("/" + JarInspection.SANDBOX_CONFIGURATION)) {
            if (in == null) {
                throw new IllegalStateException(JarInspection.SANDBOX_CONFIGURATION + " is not on the sandbox's classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Set<String> parse(String yaml) {
        Set<String> credentials = new LinkedHashSet<>();
        for (String line : yaml.split("\n")) {
            Matcher secret = SECRET_LINE.matcher(line.strip().startsWith("#") ? "" : line);
            if (!secret.matches()) {
                continue;
            }
            String value = unquote(secret.group(2).strip());
            Matcher defaulted = DEFAULTED.matcher(value);
            if (defaulted.matches()) {
                value = defaulted.group(1);
            }
            if (value.length() >= SHORTEST && !value.contains("${")) {
                credentials.add(value);
            }
        }
        return credentials;
    }

    private static String unquote(String value) {
        return value.length() > 1 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }
}
