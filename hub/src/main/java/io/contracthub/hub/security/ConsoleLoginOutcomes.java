package io.contracthub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** What a console login attempt does to the user's failed-login count, and where the browser goes next. */
final class ConsoleLoginOutcomes {

    static final String USERNAME_PARAMETER = "username";

    private final LoginAttempts attempts;
    private final ConsoleUserDetailsService users;

    ConsoleLoginOutcomes(LoginAttempts attempts, ConsoleUserDetailsService users) {
        this.attempts = attempts;
        this.users = users;
    }

    AuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/contracts");
        return (request, response, authentication) -> {
            attempts.succeeded(authentication.getName());
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    AuthenticationFailureHandler failure() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
        return (request, response, failure) -> {
            if (failure instanceof LockedException) {
                locked.onAuthenticationFailure(request, response, failure);
                return;
            }
            String username = username(request);
            // only configured users are counted, so made-up names cannot grow the table
            if (failure instanceof BadCredentialsException && users.exists(username)) {
                attempts.failed(username);
            }
            (attempts.isLocked(username) ? locked : wrongPassword).onAuthenticationFailure(request, response, failure);
        };
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter(USERNAME_PARAMETER);
        return username == null ? "" : username.strip();
    }
}
