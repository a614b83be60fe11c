package io.contracthub.hub.api.throttle;

import io.contracthub.hub.api.ApiError;
import io.contracthub.hub.api.JsonErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Throttles webhook senders that keep failing authentication: every 401 answered on {@code /webhooks/**} counts
 * against the source address, and an address over its budget gets 429 with Retry-After, its request unread and
 * unprocessed, whatever it carries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusedWebhookThrottleFilter extends OncePerRequestFilter {

    public static final String CODE = "too_many_refused_attempts";

    private final RefusedWebhookAttempts attempts;
    private final JsonErrorWriter errors;

    public RefusedWebhookThrottleFilter(RefusedWebhookAttempts attempts, JsonErrorWriter errors) {
        this.attempts = attempts;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the servlet path is decoded and normalised, unlike the request URI
        return !request.getServletPath().startsWith("/webhooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the servlet container's remote address: X-Forwarded-For only replaces it when a trusted proxy is configured
        String address = request.getRemoteAddr();
        Duration wait = attempts.throttledFor(address);
        if (!wait.isZero()) {
            refuse(response, wait);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            attempts.refused(address);
        }
    }

    private void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        errors.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), new ApiError(CODE,
                "Too many refused webhook attempts from this address; retry after " + seconds + " s",
                Map.of("retryAfterSeconds", seconds)));
    }
}
