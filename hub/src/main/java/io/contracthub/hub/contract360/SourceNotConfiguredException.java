package io.contracthub.hub.contract360;

/** This hub has no connection to the system a source would ask (no base URL, switched off, not supported yet). */
public class SourceNotConfiguredException extends RuntimeException {

    public SourceNotConfiguredException(String message) {
        super(message);
    }
}
