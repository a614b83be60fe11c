package io.contracthub.hub.api;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.imports.RegisterImportProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * How large a request body may be: {@code hub.max-body-bytes} everywhere, except the contract register uploads (the
 * API's and the console's form), which have their own limit, {@code hub.imports.max-upload-size}.
 */
@Component
public class BodyLimits {

    private static final Set<String> IMPORT_PATHS = Set.of("/api/imports", "/imports");

    private final long defaultLimit;
    private final long importLimit;

    public BodyLimits(HubProperties properties, RegisterImportProperties imports) {
        this.defaultLimit = properties.maxBodyBytes();
        this.importLimit = imports.maxUploadSize().toBytes();
    }

    public long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return IMPORT_PATHS.contains(path) ? importLimit : defaultLimit;
    }
}
