package io.contracthub.routes.erp;

import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.mappings.MappingException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * How ERP delivery fails. A business rejection (the ERP's "no": unknown customer, closed period, validation), refused
 * credentials, an unroutable trigger or a failing mapping goes to DLQ.&lt;queue&gt; at once, with the ERP's own message as the
 * dead-letter reason: retrying changes nothing until someone fixes the master data and replays it. Everything else
 * (time-outs, resets, 5xx, an open breaker) is left to fail the JMS transaction, so the broker redelivers with
 * backoff and dead-letters only after its last attempt.
 */
@Component
public class ErpDeliveryErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "erp.delivery";
    public static final String REASON_HEADER = "HubDeadLetterReason";
    static final String QUEUE_PROPERTY = "erpQueue";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(ConnectorRejectedException.class, ConnectorAuthenticationException.class, ErpRoutingException.class,
                        MappingException.class)
                    .handled(true)
                    .process(ErpDeliveryErrorHandling::describe)
                    // the broker remembers the original duplicate id; a second dead letter of the same trigger must not be dropped
                    .removeHeader("_AMQ_DUPL_ID")
                    .toD("jms:queue:DLQ.${exchangeProperty." + QUEUE_PROPERTY + "}?deliveryPersistent=true")
                .end();
    }

    private static void describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = failure instanceof ConnectorException refusal ? inTheErpsWords(refusal) : failure.getMessage();
        exchange.getMessage().setHeader(REASON_HEADER, reason.length() > 1900 ? reason.substring(0, 1900) : reason);
    }

    private static String inTheErpsWords(ConnectorException refusal) {
        String what = refusal instanceof ConnectorAuthenticationException ? " refused the hub's credentials" : " rejected it";
        String code = refusal.vendorCode() == null ? "" : " (code " + refusal.vendorCode() + ")";
        return refusal.system() + what + code + ": " + refusal.vendorMessage();
    }
}
