package io.contracthub.hub.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Compares the presented key with the configured one in constant time. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final byte[] apiKey;

    ApiKeyAuthenticationProvider(String apiKey) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object presented = authentication.getCredentials();
        if (presented instanceof String key && MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
            return ApiKeyAuthentication.authenticatedClient();
        }
        throw new BadCredentialsException("The API key is not valid");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
