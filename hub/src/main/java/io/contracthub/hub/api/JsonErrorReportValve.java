package io.contracthub.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own answer to what it refuses before any servlet runs (a path with an invalid percent-encoding such as
 * {@code %ZZ}, ...), in the hub's error model instead of Tomcat's HTML page. Errors inside the application reach
 * {@link HubErrorController} first and are already written when this valve looks, so it leaves them alone.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(errorFor(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already under way: nothing more can be said to it
        }
    }

    /** Tomcat's own message names its internals (the decoder's exception), so the answer is by status alone. */
    static ApiError errorFor(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return ApiError.of("request_rejected", "The request path is not valid (e.g. a malformed percent-encoding)");
        }
        if (status == HttpStatus.NOT_FOUND.value()) {
            return ApiError.of("not_found", "No such resource");
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || known.is5xxServerError()) {
            return ApiError.of("internal_error", "The hub failed unexpectedly; nothing was accepted. Retry later.");
        }
        return ApiError.of(known.name().toLowerCase(Locale.ROOT), known.getReasonPhrase());
    }
}
