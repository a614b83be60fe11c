package io.contracthub.routes.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.mappings.MappingException;
import io.contracthub.routes.outbox.OutboxRelayRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How ERP delivery fails, in one place for every ERP route (they name this route configuration):
 * <ul>
 * <li>a business rejection (the ERP's "no": unknown customer, closed period, validation), refused credentials, an
 * unroutable or unreadable trigger or a failing mapping goes to the dead letters at once, with the ERP's own message as the reason:
 * retrying changes nothing until someone fixes the master data and replays it;</li>
 * <li>everything else (time-outs, resets, 5xx, an open breaker, the order an invoice needs not there yet) is tried
 * again in this route, with capped exponential backoff, for the retry window ({@link ErpRetryWindow}); only when the
 * window is over does it go to the dead letters, saying so.</li>
 * </ul>
 * This is the only retry on the ERP path: the connectors' resilience holds breaker, bulkhead and time limit but no
 * retry, and the broker's redelivery only hands back a trigger whose consumer died or stopped mid-delivery. Retrying
 * here, not by broker redelivery, keeps the trigger in its place: Artemis schedules a delayed redelivery aside, and
 * the next trigger of the same contract (message group) would overtake it.
 * <p>
 * Dead letters go to DLQ.&lt;queue&gt;, which the dead-letter route moves into the one dead-letter table.
 */
@Component
public class ErpDeliveryErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "erp.delivery";
    public static final String REASON_HEADER = "HubDeadLetterReason";
    static final String QUEUE_PROPERTY = "erpQueue";
    static final String SYSTEM_PROPERTY = "erpSystem";
    /** The JMS component a route's dead letters are sent with (an ERP queue's consumer: its own connections); unset: jms. */
    static final String JMS_COMPONENT_PROPERTY = "erpJmsComponent";
    private static final String DEAD_LETTER_URI_PROPERTY = "erpDeadLetterUri";
    static final String KEY_HEADER = OutboxRelayRoutes.IDEMPOTENCY_KEY_HEADER;
    private static final Logger LOG = LoggerFactory.getLogger(ErpDeliveryErrorHandling.class);
    private static final String DEAD_LETTER_QUEUE = "${exchangeProperty." + DEAD_LETTER_URI_PROPERTY + "}";

    private final ErpRetryWindow retryWindow;

    public ErpDeliveryErrorHandling(ErpRetryWindow retryWindow) {
        this.retryWindow = retryWindow;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(ConnectorRejectedException.class, ConnectorAuthenticationException.class, ErpRoutingException.class,
                        MappingException.class, JsonProcessingException.class)
                    .handled(true)
                    .process(ErpDeliveryErrorHandling::describeRefusal)
                    // the broker remembers the original duplicate id; a second dead letter of the same trigger must not be dropped
                    .removeHeader("_AMQ_DUPL_ID")
                    .toD(DEAD_LETTER_QUEUE)
                .end()
                .onException(Exception.class)
                    .retryWhile(retryWindow)
                    .maximumRedeliveries(-1)
                    .redeliveryDelay(retryWindow.firstDelayMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(retryWindow.multiplier())
                    .maximumRedeliveryDelay(retryWindow.maxDelayMillis())
                    .logRetryAttempted(false)
                    .logExhausted(false)
                    .handled(true)
                    .process(this::describeExhaustedWindow)
                    .removeHeader("_AMQ_DUPL_ID")
                    .toD(DEAD_LETTER_QUEUE)
                .end();
    }

    private static void describeRefusal(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = failure instanceof ConnectorException refusal ? inTheErpsWords(refusal) : failure.getMessage();
        deadLetter(exchange, reason);
    }

    private void describeExhaustedWindow(Exchange exchange) throws Exception {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (!retryWindow.isExhausted(exchange)) {
            // not tried to the end (the route or the hub is stopping): the trigger goes back to the broker, not to a person
            throw failure instanceof Exception e ? e : new IllegalStateException(failure);
        }
        deadLetter(exchange, retryWindow.exhaustedReason(exchange, failure));
    }

    private static void deadLetter(Exchange exchange, String reason) {
        String shortened = reason.length() > 1900 ? reason.substring(0, 1900) : reason;
        exchange.getMessage().setHeader(REASON_HEADER, shortened);
        exchange.setProperty(DEAD_LETTER_URI_PROPERTY, exchange.getProperty(JMS_COMPONENT_PROPERTY, "jms", String.class)
                + ":queue:DLQ." + exchange.getProperty(QUEUE_PROPERTY, String.class) + "?deliveryPersistent=true");
        LOG.warn("{}: {} from {} goes to the dead letters: {}", exchange.getProperty(SYSTEM_PROPERTY, "?", String.class),
                exchange.getMessage().getHeader(KEY_HEADER, "?", String.class), exchange.getProperty(QUEUE_PROPERTY), shortened);
    }

    private static String inTheErpsWords(ConnectorException refusal) {
        String what = refusal instanceof ConnectorAuthenticationException ? " refused the hub's credentials" : " rejected it";
        String code = refusal.vendorCode() == null ? "" : " (code " + refusal.vendorCode() + ")";
        return refusal.system() + what + code + ": " + refusal.vendorMessage();
    }
}
