package io.contracthub.routes.inbox;

import io.contracthub.model.LogMask;
import io.contracthub.routes.spi.EvidenceRecorder;
import io.contracthub.routes.spi.InboxItem;
import io.contracthub.routes.spi.InboxStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns stored inbox messages into evidence: contracts in parallel, each contract's messages in arrival
 * order. A failing message stops its contract's group, so a later message never overtakes it. Each contract is
 * leased to this node while its group runs, so on several nodes a contract's messages still go one at a time.
 */
@Component
public class InboxDispatchRoutes extends RouteBuilder {

    private final InboxStore inbox;
    private final EvidenceRecorder recorder;
    private final int batchSize;
    private final int parallelism;

    public InboxDispatchRoutes(InboxStore inbox, EvidenceRecorder recorder,
                               @Value("${hub.inbox.batch-size}") int batchSize,
                               @Value("${hub.inbox.parallelism}") int parallelism) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.batchSize = batchSize;
        this.parallelism = parallelism;
    }

    @Override
    public void configure() {
        from("timer:inbox.dispatch?delay={{hub.inbox.poll-interval-ms}}&period={{hub.inbox.poll-interval-ms}}&synchronous=true")
                .routeId("inbox.dispatch")
                .autoStartup("{{hub.inbox.dispatch-enabled:true}}")
                .process(exchange -> exchange.getMessage().setBody(inbox.dueByContract(batchSize)))
                .split(body()).parallelProcessing()
                    .executorService(getContext().getExecutorServiceManager()
                            .newFixedThreadPool(this, "inbox-dispatch", parallelism))
                    .to("direct:inbox.contract");

        from("direct:inbox.contract")
                .routeId("inbox.contract")
                .process(this::recordInOrder);
    }

    @SuppressWarnings("unchecked")
    private void recordInOrder(Exchange exchange) {
        List<InboxItem> group = (List<InboxItem>) exchange.getMessage().getBody(List.class);
        try {
            for (InboxItem item : group) {
                try {
                    recorder.recordFromInbox(item);
                } catch (RuntimeException e) {
                    log.warn("Inbox message {} ({} {}) failed on attempt {}: {}", item.id(), item.system(), item.eventId(),
                            item.attempts() + 1, LogMask.text(e.getMessage()));
                    inbox.recordFailure(item, e);
                    return;
                }
            }
        } finally {
            inbox.release(group.get(0).contractKey());
        }
    }
}
