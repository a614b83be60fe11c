package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * The one way a simulator listens: a WireMock server of its own on 127.0.0.1 (port 0 = any free port). Its stub
 * files, if it has any, come from the classpath at {@code wiremock/<name>/mappings} (bodies in {@code __files},
 * {@link ClasspathStubFiles}); whatever no stub file answers falls through to a catch-all stub at the lowest
 * priority, which the simulator's {@link SimulatorBehaviour} answers as a WireMock extension. WireMock's request journal is kept (the last
 * {@value #JOURNAL_ENTRIES} requests, {@code GET /__admin/requests}).
 */
public final class SimulatorWireMockServer {

    /** Enough for a few requests held for seconds (a slow HIS, a callback awaiting the hub) besides Jetty's own. */
    private static final int CONTAINER_THREADS = 16;
    private static final int JOURNAL_ENTRIES = 1000;
    private static final int LOWEST_PRIORITY = Integer.MAX_VALUE;

    private final WireMockServer server;

    private SimulatorWireMockServer(WireMockServer server) {
        this.server = server;
    }

    public static SimulatorWireMockServer start(String name, int port, SimulatorBehaviour behaviour) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                // HTTP/1.1 only, as the vendors' servers: no h2c upgrade, and faults keep their HTTP/1.1 meaning
                .http2PlainDisabled(true)
                .containerThreads(CONTAINER_THREADS)
                .jettyAcceptors(1)
                .jettyStopTimeout(0L)
                .notifier(new ConsoleNotifier(false))
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .maxRequestJournalEntries(JOURNAL_ENTRIES)
                .extensionScanningEnabled(false)
                .extensions(new SimulatorExtension(name, behaviour))
                .mappingSource(new ClasspathStubFiles(name));
        WireMockServer server = new WireMockServer(options);
        try {
            server.start();
        } catch (FatalStartupException e) {
            throw new IllegalStateException("The " + name + " simulator cannot listen on port " + port, e);
        }
        server.stubFor(any(anyUrl()).atPriority(LOWEST_PRIORITY).withName(SimulatorExtension.CATCH_ALL)
                .willReturn(aResponse().withStatus(404)));
        return new SimulatorWireMockServer(server);
    }

    public int port() {
        return server.port();
    }

    public void stop() {
        server.stop();
    }
}
