package io.contracthub.connectors.http;

import java.util.Map;

/** Computes the authentication headers of one request from exactly what will be sent. */
@FunctionalInterface
public interface RequestSigner {

    /**
     * @param method       upper-case HTTP method
     * @param pathAndQuery the request path and query as sent, without the base URL's path prefix
     * @param body         the exact body bytes (empty for GET)
     */
    Map<String, String> headers(String method, String pathAndQuery, byte[] body);
}
