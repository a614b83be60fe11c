package io.contracthub.hub.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code /error} in the one error model. The servlet container forwards here what failed outside Spring MVC (a
 * filter, the container itself), and anyone may request the path directly. It replaces Spring Boot's
 * BasicErrorController, whose body is not the error model and which answers a direct request with 500.
 */
@RestController
public class HubErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ApiError> error(HttpServletRequest request) {
        for (Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); e != null; e = e.getCause()) {
            if (e instanceof ApiException refused) {
                return ResponseEntity.status(refused.status()).body(refused.body());
            }
        }
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            // requested directly: no error happened, and there is nothing at this path
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("not_found", "No such resource"));
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null || status.is5xxServerError()) {
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("internal_error",
                    "The hub failed unexpectedly; nothing was accepted. Retry later."));
        }
        return ResponseEntity.status(status).body(ApiError.of(status.name().toLowerCase(Locale.ROOT), status.getReasonPhrase()));
    }
}
