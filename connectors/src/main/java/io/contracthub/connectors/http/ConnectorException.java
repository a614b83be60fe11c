package io.contracthub.connectors.http;

/**
 * A call to an external system failed. Keeps the vendor's own error code and message (when it sent one) so
 * that logs, dead letters and operators see what the vendor said, not a translation of it.
 */
public abstract class ConnectorException extends RuntimeException {

    private final String system;
    private final int httpStatus;
    private final String vendorCode;
    private final String vendorMessage;

    protected ConnectorException(String system, int httpStatus, String vendorCode, String vendorMessage, String message,
                                 Throwable cause) {
        super(system + ": " + message, cause);
        this.system = system;
        this.httpStatus = httpStatus;
        this.vendorCode = vendorCode;
        this.vendorMessage = vendorMessage;
    }

    public String system() {
        return system;
    }

    /** The HTTP status, or 0 when no response came back. */
    public int httpStatus() {
        return httpStatus;
    }

    public String vendorCode() {
        return vendorCode;
    }

    public String vendorMessage() {
        return vendorMessage;
    }

    /** Whether trying again later can succeed; retries and circuit breakers count only these. */
    public abstract boolean isTransient();
}
