package io.contracthub.connectors.http;

/** The system refused the hub's credentials or signature (HTTP 401/403): a configuration fault, not retried. */
public class ConnectorAuthenticationException extends ConnectorException {

    public ConnectorAuthenticationException(String system, int httpStatus, String vendorCode, String vendorMessage) {
        super(system, httpStatus, vendorCode, vendorMessage,
                "authentication refused (HTTP " + httpStatus + ", vendor code " + vendorCode + ": " + vendorMessage + ")", null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
