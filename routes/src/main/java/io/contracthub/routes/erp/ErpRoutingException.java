package io.contracthub.routes.erp;

/** The trigger cannot be routed to any ERP as configured: sending it again changes nothing until the configuration does. */
public class ErpRoutingException extends RuntimeException {

    public ErpRoutingException(String message) {
        super(message);
    }
}
