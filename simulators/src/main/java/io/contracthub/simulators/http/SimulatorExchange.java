package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request to a simulator that writes its answer as a stream (CRM, e-sign, OCR, Kuaidi100): the request WireMock
 * received, and the status, headers and body the simulator writes, which become WireMock's answer. A simulator that
 * writes no status drops the connection.
 */
public final class SimulatorExchange {

    /** A simulator's protocol, written against one exchange. */
    @FunctionalInterface
    public interface Handler {
        void handle(SimulatorExchange exchange) throws IOException;
    }

    /** Header names compared without case. */
    public static final class Headers {

        private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        public String getFirst(String name) {
            List<String> named = values.get(name);
            return named == null || named.isEmpty() ? null : named.get(0);
        }

        public void set(String name, String value) {
            values.put(name, new ArrayList<>(List.of(value)));
        }

        void add(String name, List<String> more) {
            values.computeIfAbsent(name, ignored -> new ArrayList<>()).addAll(more);
        }
    }

    private final Request request;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
    private int status = -1;

    private SimulatorExchange(Request request) {
        this.request = request;
        RequestLine.headers(request).forEach(requestHeaders::add);
    }

    /** The behaviour of a simulator that answers every request with {@code handler}, stub files aside. */
    public static SimulatorBehaviour handledBy(Handler handler) {
        return (request, stubbed) -> {
            if (stubbed != null) {
                return stubbed;
            }
            SimulatorExchange exchange = new SimulatorExchange(request);
            handler.handle(exchange);
            return exchange.answer();
        };
    }

    public String getRequestMethod() {
        return request.getMethod().getName();
    }

    public URI getRequestURI() {
        return URI.create(request.getUrl());
    }

    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    public InputStream getRequestBody() {
        return new ByteArrayInputStream(request.getBody());
    }

    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    /** As the JDK's HttpExchange: the length is only checked there, here the body is what was written. */
    public void sendResponseHeaders(int status, long length) {
        this.status = status;
    }

    public OutputStream getResponseBody() {
        return responseBody;
    }

    /** Nothing to release: the answer goes out once the handler returns. */
    public void close() {
    }

    ResponseDefinition answer() {
        if (status < 0) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.EMPTY_RESPONSE).build();
        }
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
        responseHeaders.values.forEach((name, values) -> answer.withHeader(name, values.toArray(String[]::new)));
        byte[] body = responseBody.toByteArray();
        if (body.length > 0) {
            answer.withBody(body);
        }
        return answer.build();
    }
}
