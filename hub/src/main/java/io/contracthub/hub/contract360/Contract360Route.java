package io.contracthub.hub.contract360;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The contract 360 as a scatter-gather: the subject goes to every source at once (multicast, parallel, on the 360's
 * own bounded pool so ingest and delivery never wait for it), each source answers within its own limit, and the
 * gathered answers go back after at most the longest limit plus {@link #GRACE}, whoever has not answered by then
 * marked timed out. Logistics waits for the ERP's waybills inside its own limit.
 */
public class Contract360Route extends RouteBuilder {

    public static final String ENDPOINT = "direct:contract360";
    /** What the multicast allows beyond the longest source limit, so a source's own time-out is what is reported. */
    static final Duration GRACE = Duration.ofMillis(150);
    static final String SUBJECT = "contract360.subject";
    static final String STARTED = "contract360.started";
    static final String ERP_ANSWER = "contract360.erpAnswer";

    private final Contract360Sources sources;
    private final ExecutorService executor;

    public Contract360Route(Contract360Sources sources, ExecutorService executor) {
        this.sources = sources;
        this.executor = executor;
    }

    @Override
    public void configure() {
        List<String> names = sources.names();
        from(ENDPOINT).routeId("contract360")
                .process(this::prepare)
                .multicast(new Contract360Aggregation())
                    .parallelProcessing().executorService(executor)
                    .timeout(sources.longestLimit().plus(GRACE).toMillis())
                    .to(names.stream().map(Contract360Route::branch).toArray(String[]::new))
                .end()
                .process(this::complete);

        for (String name : names) {
            from(branch(name)).routeId("contract360." + name).process(exchange -> answer(exchange, name));
        }
    }

    static String branch(String source) {
        return "direct:contract360-" + source;
    }

    private void prepare(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
        exchange.setProperty(SUBJECT, exchange.getMessage().getMandatoryBody(Contract360Subject.class));
        exchange.setProperty(STARTED, Instant.now());
        exchange.setProperty(ERP_ANSWER, new CompletableFuture<SourceAnswer>());
    }

    @SuppressWarnings("unchecked")
    private void answer(Exchange exchange, String source) {
        Contract360Subject subject = exchange.getProperty(SUBJECT, Contract360Subject.class);
        CompletableFuture<SourceAnswer> erp = exchange.getProperty(ERP_ANSWER, CompletableFuture.class);
        SourceAnswer answer = null;
        if (Contract360Sources.LOGISTICS.equals(source)) {
            answer = sources.logistics(erp, exchange.getProperty(STARTED, Instant.class));
        } else {
            try {
                answer = sources.ask(source, subject);
            } finally {
                if (ErpReader.SOURCE.equals(source)) {
                    // logistics waits for this, whatever happened
                    erp.complete(answer != null ? answer : SourceAnswer.of(source, SourceStatus.FAILED, "no answer"));
                }
            }
        }
        exchange.getMessage().setBody(answer);
    }

    @SuppressWarnings("unchecked")
    private void complete(Exchange exchange) {
        Contract360Subject subject = exchange.getProperty(SUBJECT, Contract360Subject.class);
        Map<String, SourceAnswer> answers = exchange.getProperty(Contract360Aggregation.ANSWERS, Map.class);
        List<SourceAnswer> all = new ArrayList<>();
        for (String name : sources.names()) {
            SourceAnswer answer = answers == null ? null : answers.get(name);
            all.add(answer != null ? answer : SourceAnswer.of(name, SourceStatus.TIMED_OUT,
                    "no answer within " + sources.limitOf(name).toMillis() + " ms"));
        }
        exchange.getMessage().setBody(new Contract360(subject.contractId(), subject.contractNumber(),
                exchange.getProperty(STARTED, Instant.class), all));
    }
}
