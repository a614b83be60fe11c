package io.contracthub.hub.security;

import io.contracthub.hub.api.JsonErrorWriter;
import io.contracthub.hub.config.HubProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Every request passes Spring Security's strict firewall first (no ';', no encoded '/', '.' or
 * '%', no '//', '/./' or '/../'), and the chains match on the same decoded path Spring MVC routes by, so a path
 * trick cannot reach a controller around its check.
 * <ul>
 *   <li>/api/** and /actuator/** (but health and prometheus): the API key in X-Api-Key;</li>
 *   <li>the console (/, its pages, static assets, /login, /logout, OpenAPI and Swagger UI): form login with a
 *       session, CSRF on every form, roles VIEWER &lt; OPERATOR &lt; ADMIN (see ConsoleSecurity);</li>
 *   <li>/webhooks/**: open, each vendor's signature is checked by its ingest route;</li>
 *   <li>everything else: not found.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class HubSecurityConfig {

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    WebSecurityCustomizer strictFirewall(JsonErrorWriter writer) {
        return web -> web.httpFirewall(new StrictHttpFirewall())
                .requestRejectedHandler(new JsonSecurityErrors(writer).rejectedRequest());
    }

    /** Tomcat would refuse an encoded '/' itself with an HTML page; let it through so the firewall answers in JSON. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashReachesFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, HubProperties properties, JsonErrorWriter writer) throws Exception {
        JsonSecurityErrors errors = new JsonSecurityErrors(writer);
        ProviderManager apiKeys = new ProviderManager(new ApiKeyAuthenticationProvider(properties.apiKey()));
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health/**"), path("/actuator/prometheus")).permitAll()
                        .anyRequest().hasAuthority(ApiKeyAuthentication.ROLE))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, errors.apiKeyEntryPoint()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.apiKeyEntryPoint())
                        .accessDeniedHandler(errors.forbidden()));
        return stateless(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleChain(HttpSecurity http, ConsoleSecurity console) throws Exception {
        return console.configure(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElseChain(HttpSecurity http, JsonErrorWriter writer) throws Exception {
        JsonSecurityErrors errors = new JsonSecurityErrors(writer);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/webhooks/**"), path("/error")).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.notFound())
                        .accessDeniedHandler((request, response, denied) -> errors.notFound().commence(request, response, null)));
        return stateless(http).build();
    }

    /** No sessions, no login forms, no CSRF tokens: API clients and vendors send their credential with every request. */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }
}
