package io.contracthub.mappings;

/** A mapping could not be loaded or failed while transforming an input document. */
public class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
