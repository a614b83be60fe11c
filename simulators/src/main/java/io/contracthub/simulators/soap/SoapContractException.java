package io.contracthub.simulators.soap;

/** A request that is no SOAP envelope or whose body breaks the WSDL's schema: the service answers a Client fault. */
public class SoapContractException extends RuntimeException {

    public SoapContractException(String message) {
        super(message);
    }
}
