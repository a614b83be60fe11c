package io.contracthub.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.contracthub.connectors.auth.WebhookAuthenticationException;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.routes.spi.InboundRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps every failure onto the one error model; a caller never sees a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final BodyLimits limits;

    public ApiExceptionHandler(BodyLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(HubStartingException.class)
    ResponseEntity<ApiError> starting(HubStartingException e) {
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(HubStartingException.RETRY_AFTER.toSeconds()))
                .body(e.body());
    }

    @ExceptionHandler(WebhookAuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(WebhookAuthenticationException e) {
        log.warn("Rejected webhook: {} ({})", e.code(), e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of(e.code(), e.getMessage()));
    }

    @ExceptionHandler(InboundRejectedException.class)
    ResponseEntity<ApiError> rejected(InboundRejectedException e) {
        log.info("Rejected inbound message: {} ({})", e.code(), e.getMessage());
        return ResponseEntity.badRequest().body(new ApiError(e.code(), e.getMessage(), e.details()));
    }

    @ExceptionHandler(ContractNotFoundException.class)
    ResponseEntity<ApiError> contractNotFound(ContractNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("contract_not_found", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return api(tooLarge);
            }
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                        && format.getTargetType().isEnum()) {
                    List<String> allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name()).toList();
                    return ResponseEntity.badRequest().body(new ApiError("invalid_field",
                            field + " must be one of " + String.join(", ", allowed), Map.of("field", field, "allowed", allowed)));
                }
                return ResponseEntity.badRequest().body(new ApiError("invalid_field",
                        field + " has the wrong type or format", Map.of("field", field)));
            }
            if (cause instanceof JsonProcessingException) {
                return ResponseEntity.badRequest().body(ApiError.of("malformed_json", "The body is not valid JSON"));
            }
            cause = cause.getCause();
        }
        return ResponseEntity.badRequest().body(ApiError.of("malformed_json", "The body is missing or not valid JSON"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        String allowed = ParameterValues.allowed(e.getName(), e.getRequiredType());
        return ResponseEntity.badRequest().body(new ApiError("invalid_parameter", e.getName() + " must be " + allowed,
                Map.of("parameter", e.getName(), "allowed", allowed)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_parameter", e.getParameterName() + " is required",
                Map.of("parameter", e.getParameterName())));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_parameter", "The " + e.getHeaderName()
                + " header is required", Map.of("header", e.getHeaderName())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        List<String> supported = e.getSupportedMediaTypes().stream().map(type -> type.getType() + "/" + type.getSubtype())
                .distinct().toList();
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ApiError("unsupported_media_type",
                "Send " + (supported.isEmpty() ? "application/json" : String.join(" or ", supported)),
                Map.of("supported", supported)));
    }

    /** Multipart parts are read by the servlet container (its limit: a register upload's); BodySizeLimitFilter checks every other path's. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return api(new PayloadTooLargeException(limits.limitFor(request)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> malformedMultipart(MultipartException e) {
        log.info("Rejected multipart body: {}", e.getMessage());
        return ResponseEntity.badRequest().body(ApiError.of("malformed_multipart",
                "The body is not a complete multipart/form-data request"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of("method_not_allowed", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("not_found", "No such resource"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.of("internal_error", "The hub failed unexpectedly; nothing was accepted. Retry later."));
    }
}
