package io.contracthub.hub.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;

import static io.contracthub.hub.security.HubSecurityConfig.path;

/**
 * The console's filter chain: form login against the configured users, a session that expires
 * (server.servlet.session.timeout; an expired session is anonymous again, so the next page asks for the login), CSRF
 * tokens on every form, and roles ADMIN &gt; OPERATOR &gt; VIEWER. Its own AuthenticationManager, so the API chain stays
 * API-key only.
 */
@Component
public class ConsoleSecurity {

    public static final String LOGIN_PAGE = "/login";
    public static final String FORBIDDEN_PAGE = "/forbidden";

    static final RequestMatcher PATHS = new OrRequestMatcher(path("/"), path(LOGIN_PAGE), path("/logout"),
            path(FORBIDDEN_PAGE), path("/contracts/**"), path("/dead-letters/**"), path("/connectors/**"), path("/reports/**"),
            path("/payment-journeys/**"), path("/imports"), path("/imports/**"),
            path("/css/**"), path("/js/**"), path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"));

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** An OPERATOR may do all a VIEWER may, an ADMIN all an OPERATOR may. */
    public static final RoleHierarchy ROLES = RoleHierarchyImpl.withDefaultRolePrefix()
            .role("ADMIN").implies("OPERATOR")
            .role("OPERATOR").implies("VIEWER")
            .build();

    private final ConsoleUserDetailsService users;
    private final ConsoleLoginOutcomes outcomes;

    public ConsoleSecurity(ConsoleProperties properties, Clock clock) {
        LoginAttempts attempts = new LoginAttempts(properties.maxFailedLogins(), properties.lockout(), clock);
        this.users = new ConsoleUserDetailsService(properties, attempts);
        this.outcomes = new ConsoleLoginOutcomes(attempts, users);
    }

    HttpSecurity configure(HttpSecurity http) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(new BCryptPasswordEncoder());
        AccessDeniedHandlerImpl forbiddenPage = new AccessDeniedHandlerImpl();
        forbiddenPage.setErrorPage(FORBIDDEN_PAGE);
        return http.securityMatcher(PATHS)
                .authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(LOGIN_PAGE), path("/css/**"), path("/js/**")).permitAll()
                        .requestMatchers(operatorActions()).access(role("OPERATOR"))
                        .anyRequest().access(role("VIEWER")))
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .usernameParameter(ConsoleLoginOutcomes.USERNAME_PARAMETER)
                        .successHandler(outcomes.success())
                        .failureHandler(outcomes.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(forbiddenPage))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    /** Whether someone with these roles may record evidence and replay or resolve dead letters. */
    public static boolean mayOperate(Collection<? extends GrantedAuthority> authorities) {
        return ROLES.getReachableGrantedAuthorities(authorities).stream()
                .anyMatch(authority -> "ROLE_OPERATOR".equals(authority.getAuthority()));
    }

    /**
     * Every console form that changes something (manual evidence, replaying or resolving a dead letter, a statement
     * upload or a stall reason, a register import) and the signed contract PDF, which only OPERATOR and up may download.
     */
    private static RequestMatcher operatorActions() {
        return new OrRequestMatcher(
                post("/contracts/*/evidence"), post("/dead-letters/*/replay"), post("/dead-letters/*/resolve"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/contracts/*/signed-document"),
                post("/payment-journeys/statements"), post("/payment-journeys/*/reasons"), post("/imports"));
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, pattern);
    }

    private static AuthorizationManager<RequestAuthorizationContext> role(String role) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> manager = AuthorityAuthorizationManager.hasRole(role);
        manager.setRoleHierarchy(ROLES);
        return manager;
    }
}
