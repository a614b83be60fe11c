package io.contracthub.simulators.crm;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the hub's {@code POST /webhooks/crm}: records every request and answers a canned reply. */
final class HubStub implements AutoCloseable {

    static final String WEBHOOK_PATH = "/webhooks/crm";

    record ReceivedWebhook(String signatureHeader, String contentType, byte[] rawBody, Instant receivedAt) {

        String body() {
            return new String(rawBody, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<ReceivedWebhook> received = new CopyOnWriteArrayList<>();
    private volatile int replyStatus = 202;
    private volatile String replyBody = "{\"status\":\"accepted\"}";

    HubStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(WEBHOOK_PATH, exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                received.add(new ReceivedWebhook(
                        exchange.getRequestHeaders().getFirst("X-Hub-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        in.readAllBytes(),
                        Instant.now()));
                byte[] reply = replyBody.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(replyStatus, reply.length == 0 ? -1 : reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        });
        server.start();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + WEBHOOK_PATH;
    }

    void replyWith(int status, String body) {
        replyStatus = status;
        replyBody = body;
    }

    List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    ReceivedWebhook last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
