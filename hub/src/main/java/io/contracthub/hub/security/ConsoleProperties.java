package io.contracthub.hub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The console's users (hub.console.users[*]: username, BCrypt password-hash, role) and its lockout rule. No user is
 * built in: without configured users nobody can log in to the console, and the API is unaffected.
 */
@ConfigurationProperties("hub.console")
public record ConsoleProperties(@DefaultValue List<User> users,
                                @DefaultValue("5") int maxFailedLogins,
                                @DefaultValue("5m") Duration lockout) {

    public enum Role { VIEWER, OPERATOR, ADMIN }

    public record User(String username, String passwordHash, Role role) {
    }
}
