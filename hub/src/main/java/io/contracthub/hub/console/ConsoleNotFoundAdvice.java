package io.contracthub.hub.console;

import io.contracthub.hub.pipeline.ContractNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A console page about something that does not exist answers a page, not the API's JSON error. */
@ControllerAdvice(basePackageClasses = ConsoleNotFoundAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleNotFoundAdvice {

    public static final class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }

    @ExceptionHandler({ContractNotFoundException.class, NotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "not-found";
    }
}
