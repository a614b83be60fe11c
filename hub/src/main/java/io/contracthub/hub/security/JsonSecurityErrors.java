package io.contracthub.hub.security;

import io.contracthub.hub.api.ApiError;
import io.contracthub.hub.api.JsonErrorWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The security chain's refusals, in the hub's one error model. */
final class JsonSecurityErrors {

    private final JsonErrorWriter writer;

    JsonSecurityErrors(JsonErrorWriter writer) {
        this.writer = writer;
    }

    /** /api/**: no key is api_key_missing, a wrong one api_key_invalid; both 401. */
    AuthenticationEntryPoint apiKeyEntryPoint() {
        return (request, response, failure) -> writer.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                failure instanceof BadCredentialsException
                        ? ApiError.of("api_key_invalid", "The API key is not valid")
                        : ApiError.of("api_key_missing", "Send the API key in the " + ApiKeyAuthenticationFilter.HEADER + " header"));
    }

    /** Anything the hub does not serve: the same answer whether or not it exists, so nothing is learnt by probing. */
    AuthenticationEntryPoint notFound() {
        return (request, response, failure) -> writer.write(response, HttpServletResponse.SC_NOT_FOUND,
                ApiError.of("not_found", "No such resource"));
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> writer.write(response, HttpServletResponse.SC_FORBIDDEN,
                ApiError.of("forbidden", "This request is not allowed"));
    }

    /** The strict firewall refused the path or a header (';', encoded '/', '.' or '%', '//', '/./', '/../', ...). */
    RequestRejectedHandler rejectedRequest() {
        return (request, response, rejected) -> writer.write(response, HttpServletResponse.SC_BAD_REQUEST,
                ApiError.of("request_rejected", "The request path or a header is not in normalised form"));
    }
}
