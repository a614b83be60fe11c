package io.contracthub.connectors.http;

/** The system could not be reached, timed out, answered 5xx or 429, or its circuit breaker is open: try again later. */
public class ConnectorUnavailableException extends ConnectorException {

    public ConnectorUnavailableException(String system, int httpStatus, String vendorCode, String vendorMessage,
                                         String message, Throwable cause) {
        super(system, httpStatus, vendorCode, vendorMessage, message, cause);
    }

    public ConnectorUnavailableException(String system, String message, Throwable cause) {
        this(system, 0, null, null, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
