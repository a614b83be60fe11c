package io.contracthub.hub.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collection;

/**
 * Refuses bodies over the configured limit with 413: at once when Content-Length says so, and while reading
 * when a chunked body runs past it. A contract register upload (the import paths) has its own, larger limit
 * ({@code hub.imports.max-upload-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final JsonErrorWriter errors;

    public BodySizeLimitFilter(BodyLimits limits, JsonErrorWriter errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request);
        if (request.getContentLengthLong() > limit) {
            errors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, new PayloadTooLargeException(limit).body());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        /**
         * Tomcat reads multipart parts itself, past {@link #getInputStream()}, up to its own multipart limit (the
         * largest any path takes: a register upload). Every other path's limit is checked here once the parts are
         * read (to disk); Spring reports the "exceeds" as MaxUploadSizeExceededException, answered 413.
         */
        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            Collection<Part> parts = super.getParts();
            long total = 0;
            for (Part part : parts) {
                total += part.getSize();
            }
            if (total > limit) {
                throw new IllegalStateException("The multipart request exceeds the size limit of " + limit + " bytes");
            }
            return parts;
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
