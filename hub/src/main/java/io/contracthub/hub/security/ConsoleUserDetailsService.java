package io.contracthub.hub.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The configured console users; an account is locked while it waits out its failed logins. */
final class ConsoleUserDetailsService implements UserDetailsService {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$");

    private final Map<String, ConsoleProperties.User> users;
    private final LoginAttempts attempts;

    ConsoleUserDetailsService(ConsoleProperties properties, LoginAttempts attempts) {
        properties.users().forEach(ConsoleUserDetailsService::check);
        this.users = properties.users().stream()
                .collect(Collectors.toUnmodifiableMap(ConsoleProperties.User::username, Function.identity()));
        this.attempts = attempts;
    }

    boolean exists(String username) {
        return users.containsKey(username);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ConsoleProperties.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no console user " + username);
        }
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.role().name())
                .accountLocked(attempts.isLocked(username))
                .build();
    }

    // a plain-text password in the configuration is refused at startup rather than silently never matching
    private static void check(ConsoleProperties.User user) {
        if (user.username() == null || user.username().isBlank() || user.role() == null) {
            throw new IllegalStateException("hub.console.users: every user needs a username and a role (VIEWER, OPERATOR or ADMIN)");
        }
        if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
            throw new IllegalStateException("hub.console.users: the password-hash of " + user.username()
                    + " must be a BCrypt hash ($2a$10$...)");
        }
    }
}
