package io.contracthub.hub.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API client: before authentication it carries the presented key, after it only the client's name. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "ROLE_API_CLIENT";

    private final String principal;
    private transient String presentedKey;

    private ApiKeyAuthentication(String principal, String presentedKey, boolean authenticated) {
        super(authenticated ? AuthorityUtils.createAuthorityList(ROLE) : AuthorityUtils.NO_AUTHORITIES);
        this.principal = principal;
        this.presentedKey = presentedKey;
        setAuthenticated(authenticated);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication("api-client", key, false);
    }

    static ApiKeyAuthentication authenticatedClient() {
        return new ApiKeyAuthentication("api-client", null, true);
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        presentedKey = null;
    }
}
