package io.contracthub.connectors.credentials;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where every connector that caches a token or a session says when it ends, by the connector's name (the name its
 * resilience is registered under), so the console can show it: one per application. Only instants are kept here,
 * never the credential itself.
 */
public final class CredentialExpiries {

    /**
     * What a system's instant means. {@code EXPIRES}: the cached credential ends then, as the vendor announced.
     * {@code OBTAINED}: the vendor announces no lifetime (Kingdee's session), so only when it was obtained is known.
     */
    public enum Meaning { EXPIRES, OBTAINED }

    /** A system's credential: the instant (empty while none is held) and what it means. */
    public record Credential(Meaning meaning, Supplier<Optional<Instant>> instant) {
        public Credential {
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(instant, "instant");
        }
    }

    private final Map<String, Credential> bySystem = new ConcurrentHashMap<>();

    public void registerExpiry(String system, Supplier<Optional<Instant>> expiresAt) {
        bySystem.put(Objects.requireNonNull(system, "system"), new Credential(Meaning.EXPIRES, expiresAt));
    }

    public void registerObtainedAt(String system, Supplier<Optional<Instant>> obtainedAt) {
        bySystem.put(Objects.requireNonNull(system, "system"), new Credential(Meaning.OBTAINED, obtainedAt));
    }

    /** Empty for a system that caches no credential (or was not built). */
    public Optional<Credential> find(String system) {
        return Optional.ofNullable(bySystem.get(system));
    }
}
