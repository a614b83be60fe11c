package io.contracthub.simulators.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.http.RequestLine;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How the WeCom, DingTalk and HIS simulators answer: a request in, a response out, on a WireMock server on 127.0.0.1
 * ({@link SimulatorWireMockServer}); their stub files answer first, their handler the rest.
 */
public final class SimpleHttpServer {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public record Request(String method, String path, Map<String, String> query, byte[] body,
                          Map<String, java.util.List<String>> headers) {

        public Request(String method, String path, Map<String, String> query, byte[] body) {
            this(method, path, query, body, Map.of());
        }

        /** The first value of a request header (names compared without case), or null. */
        public String header(String name) {
            for (Map.Entry<String, java.util.List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code status} -1 drops the connection without an answer (WireMock's {@code EMPTY_RESPONSE} fault), as a crashed
     * or unreachable service would.
     */
    public record Response(int status, String contentType, byte[] body) {

        public static Response json(int status, Object body) {
            try {
                return new Response(status, "application/json", JSON.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        public static Response xml(int status, String body) {
            return new Response(status, "text/xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }

        public static Response dropConnection() {
            return new Response(-1, null, new byte[0]);
        }
    }

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    private final SimulatorWireMockServer server;

    private SimpleHttpServer(SimulatorWireMockServer server) {
        this.server = server;
    }

    public static SimpleHttpServer start(String name, int port, Handler handler) {
        return new SimpleHttpServer(SimulatorWireMockServer.start(name, port, (request, stubbed) ->
                stubbed != null ? stubbed : definition(answer(handler, request))));
    }

    public int port() {
        return server.port();
    }

    public void stop() {
        server.stop();
    }

    private static Response answer(Handler handler, com.github.tomakehurst.wiremock.http.Request received) {
        try {
            return handler.handle(new Request(received.getMethod().getName(), RequestLine.rawPath(received),
                    FormEncoding.decode(RequestLine.rawQuery(received)), received.getBody(), RequestLine.headers(received)));
        } catch (IllegalArgumentException e) {
            return Response.json(400, Map.of("code", "invalid_request", "message", String.valueOf(e.getMessage())));
        } catch (Exception e) {
            return Response.json(500, Map.of("code", "internal_error", "message", String.valueOf(e)));
        }
    }

    private static ResponseDefinition definition(Response response) {
        if (response.status() < 0) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.EMPTY_RESPONSE).build();
        }
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status())
                .withHeader("Content-Type", response.contentType());
        if (response.body().length > 0) {
            answer.withBody(response.body());
        }
        return answer.build();
    }
}
