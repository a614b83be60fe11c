package io.contracthub.hub.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This hub process's name among the nodes sharing one database: {@code hub.node-id}, by default host name and pid.
 * It is written into the work leases and job locks the node holds, so two running nodes must never share one.
 */
@Component
public class NodeId {

    private final String value;

    public NodeId(@Value("${hub.node-id:}") String configured) {
        this.value = configured == null || configured.isBlank() ? hostAndPid() : configured.strip();
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "-" + ProcessHandle.current().pid();
        return id.length() > 128 ? id.substring(id.length() - 128) : id;
    }
}
