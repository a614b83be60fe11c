package io.contracthub.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.hub.config.HubProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** /api/** needs the configured key in X-Api-Key. Webhooks authenticate with their vendor's own signature. */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";

    private final String apiKey;
    private final ObjectMapper objectMapper;

    public ApiKeyFilter(HubProperties properties, ObjectMapper objectMapper) {
        this.apiKey = properties.apiKey();
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            reject(response, ApiError.of("api_key_missing", "Send the API key in the " + HEADER + " header"));
        } else if (!HmacSha256.constantTimeEquals(apiKey, presented)) {
            reject(response, ApiError.of("api_key_invalid", "The API key is not valid"));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void reject(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), error);
    }
}
