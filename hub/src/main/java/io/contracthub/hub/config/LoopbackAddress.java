package io.contracthub.hub.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Whether a listening address can be reached only from this machine. */
public final class LoopbackAddress {

    private LoopbackAddress() {
    }

    public static boolean is(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host of a URL such as tcp://127.0.0.1:61616, or null when it has none. */
    public static String hostOf(String url) {
        try {
            return URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
