package io.contracthub.hub.api;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link JsonErrorReportValve} where Tomcat's HTML error report would be. Runs after Spring Boot's own Tomcat
 * customizer (lowest precedence), which adds a plain ErrorReportValve to the host that this one replaces.
 */
@Component
public class TomcatJsonErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a valve of this class on start unless it finds one
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new JsonErrorReportValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
