package io.contracthub.connectors.soap;

import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

import java.io.IOException;

/**
 * What a failed SOAP call means for the hub. A Server fault, HTTP 5xx/429, a time-out or a refused or dropped
 * connection may succeed later; a Client fault, another 4xx or an answer that breaks the WSDL's schema will not.
 */
final class SoapFailures {

    private SoapFailures() {
    }

    static ConnectorException map(String system, String operation, RuntimeException failure) {
        if (failure instanceof ConnectorException alreadyMapped) {
            return alreadyMapped;
        }
        if (failure instanceof SOAPFaultException fault) {
            return fault(system, operation, fault.getFault().getFaultCodeAsQName().getLocalPart(), fault.getFault().getFaultString(), fault);
        }
        // without a SAAJ implementation CXF hands the fault over inside a WebServiceException
        SoapFault soapFault = causeOf(failure, SoapFault.class);
        if (soapFault != null && soapFault.getFaultCode() != null) {
            return fault(system, operation, soapFault.getFaultCode().getLocalPart(), soapFault.getReason(), failure);
        }
        HTTPException http = causeOf(failure, HTTPException.class);
        if (http != null) {
            return httpStatus(system, operation, http.getResponseCode(), http.getMessage());
        }
        if (failure instanceof WebServiceException && causeOf(failure, IOException.class) != null) {
            return new ConnectorUnavailableException(system, operation + " failed: " + causeOf(failure, IOException.class), failure);
        }
        // CXF reports an answer it cannot read against the contract (schema, unmarshalling) without an I/O cause
        return new ConnectorRejectedException(system, 0, null, operation + " answer breaks the contract: " + failure.getMessage());
    }

    private static ConnectorException fault(String system, String operation, String code, String message, RuntimeException fault) {
        // "Client" in SOAP 1.1, "Sender" in 1.2: the request itself is wrong
        if (code.startsWith("Client") || code.startsWith("Sender")) {
            return new ConnectorRejectedException(system, 500, code, message);
        }
        if (message != null && message.contains("Unmarshalling Error")) {
            return new ConnectorRejectedException(system, 0, code, operation + " answer breaks the contract: " + message);
        }
        return new ConnectorUnavailableException(system, 500, code, message, operation + " answered a SOAP " + code + " fault", fault);
    }

    private static ConnectorException httpStatus(String system, String operation, int status, String message) {
        if (status == 401 || status == 403) {
            return new ConnectorAuthenticationException(system, status, null, message);
        }
        if (status >= 500 || status == 429) {
            return new ConnectorUnavailableException(system, status, null, message, operation + " answered HTTP " + status, null);
        }
        return new ConnectorRejectedException(system, status, null, message);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
