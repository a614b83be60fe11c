package io.contracthub.hub.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** What is wrong with an embedded broker acceptor's settings, all at once; empty when it may start. */
final class EmbeddedAcceptorCheck {

    private EmbeddedAcceptorCheck() {
    }

    static List<String> problems(HubProperties.EmbeddedAcceptor acceptor) {
        List<String> problems = new ArrayList<>();
        if (!acceptor.enabled()) {
            return problems;
        }
        if (acceptor.user() == null || acceptor.user().isBlank()) {
            problems.add("hub.messaging.embedded-acceptor.user is required (set HUB_EMBEDDED_ACCEPTOR_USER)");
        }
        if (acceptor.password() == null || acceptor.password().isBlank()) {
            problems.add("hub.messaging.embedded-acceptor.password is required (set HUB_EMBEDDED_ACCEPTOR_PASSWORD)");
        }
        String host = hostOf(acceptor.url());
        if (host == null) {
            problems.add("hub.messaging.embedded-acceptor.url must look like tcp://127.0.0.1:61616");
        } else if (!acceptor.allowRemote() && !isLoopback(host)) {
            problems.add("hub.messaging.embedded-acceptor.url listens on " + host + ", which other machines can reach; "
                    + "use 127.0.0.1, or set HUB_EMBEDDED_ACCEPTOR_ALLOW_REMOTE=true on purpose");
        }
        return problems;
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
