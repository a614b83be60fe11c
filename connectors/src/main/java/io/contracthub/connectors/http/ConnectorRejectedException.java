package io.contracthub.connectors.http;

/** The system understood the request and refused it with a business error: sending it again changes nothing. */
public class ConnectorRejectedException extends ConnectorException {

    public ConnectorRejectedException(String system, int httpStatus, String vendorCode, String vendorMessage) {
        super(system, httpStatus, vendorCode, vendorMessage,
                "request rejected (HTTP " + httpStatus + ", vendor code " + vendorCode + ": " + vendorMessage + ")", null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
