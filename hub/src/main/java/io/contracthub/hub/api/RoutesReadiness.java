package io.contracthub.hub.api;

import org.apache.camel.CamelContext;
import org.springframework.stereotype.Component;

/**
 * Whether the Camel routes can take a message now. Tomcat starts accepting requests before the Camel context has
 * started (and a stopping context is still reachable while the server drains), so a webhook can arrive in between.
 */
@Component
public class RoutesReadiness {

    private final CamelContext camel;

    public RoutesReadiness(CamelContext camel) {
        this.camel = camel;
    }

    /** @throws HubStartingException while the Camel context is not started */
    public void require() {
        if (!camel.isStarted()) {
            throw new HubStartingException();
        }
    }
}
