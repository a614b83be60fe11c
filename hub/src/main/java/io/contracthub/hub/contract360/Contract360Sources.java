package io.contracthub.hub.contract360;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The 360's sources, each behind its {@link GuardedSource}: the readers that take the contract ("erp", "esign",
 * "crm"), and logistics, which tracks the waybills of the ERP's answer. Logistics' time limit counts from the start of
 * the 360, waiting for the ERP included, so no source needs longer than the longest limit. A 360 lists the sources in
 * the same order whatever order the readers were found in.
 */
public final class Contract360Sources {

    public static final String LOGISTICS = LogisticsReader.SOURCE;

    private final Map<String, ContractSourceReader> readers = new LinkedHashMap<>();
    private final Map<String, GuardedSource> guarded = new LinkedHashMap<>();
    private final WaybillTracker tracker;

    public Contract360Sources(List<ContractSourceReader> readers, WaybillTracker tracker, List<GuardedSource> guarded) {
        readers.forEach(reader -> this.readers.put(reader.source(), reader));
        guarded.forEach(source -> this.guarded.put(source.source(), source));
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        List<String> missing = new ArrayList<>(this.readers.keySet());
        missing.add(LOGISTICS);
        missing.removeAll(this.guarded.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no time limit, breaker and cache for " + missing);
        }
        if (!this.readers.containsKey(ErpReader.SOURCE)) {
            throw new IllegalArgumentException("logistics needs the erp source");
        }
    }

    /** The source names in the order a 360 lists them: the contract readers, then logistics after the ERP. */
    public List<String> names() {
        List<String> names = new ArrayList<>(readers.keySet());
        names.add(LOGISTICS);
        names.sort(java.util.Comparator.comparingInt(Contract360Sources::rank));
        return names;
    }

    /** Money and goods first: ERP, logistics, then esign and the CRM, then any other source. */
    private static int rank(String source) {
        int rank = List.of(ErpReader.SOURCE, LOGISTICS, EsignReader.SOURCE, CrmReader.SOURCE).indexOf(source);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    public Duration longestLimit() {
        return guarded.values().stream().map(GuardedSource::timeout).max(Duration::compareTo).orElseThrow();
    }

    public Duration limitOf(String source) {
        return guarded.get(source).timeout();
    }

    public GuardedSource guarded(String source) {
        return guarded.get(source);
    }

    public SourceAnswer ask(String source, Contract360Subject subject) {
        ContractSourceReader reader = readers.get(source);
        return guarded.get(source).ask(cacheKey(source, subject), () -> reader.read(subject));
    }

    /** Tracks the waybills of the ERP's answer once it is there, within logistics' limit counted from {@code start}. */
    public SourceAnswer logistics(CompletableFuture<SourceAnswer> erp, Instant start) {
        if (!tracker.configured()) {
            return SourceAnswer.of(LOGISTICS, SourceStatus.NOT_CONFIGURED, "Kuaidi100 is switched off (HUB_KUAIDI100_ENABLED)");
        }
        Duration limit = limitOf(LOGISTICS);
        SourceAnswer erpAnswer;
        try {
            long left = Math.max(1, limit.toMillis() - Duration.between(start, Instant.now()).toMillis());
            erpAnswer = erp.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return SourceAnswer.of(LOGISTICS, SourceStatus.TIMED_OUT, "the waybills come from the ERP, which had not "
                    + "answered within " + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SourceAnswer.of(LOGISTICS, SourceStatus.TIMED_OUT, "interrupted while waiting for the ERP");
        } catch (ExecutionException e) {
            return SourceAnswer.of(LOGISTICS, SourceStatus.FAILED, "the waybills come from the ERP, which failed");
        }
        if (!erpAnswer.isOk() || !(erpAnswer.data() instanceof ErpView view)) {
            return SourceAnswer.of(LOGISTICS, SourceStatus.FAILED, "the waybills come from the ERP, whose answer is "
                    + erpAnswer.status().code());
        }
        List<ErpView.Delivery> deliveries = view.deliveries().stream().filter(ErpView.Delivery::hasWaybill).toList();
        String key = deliveries.stream().map(d -> d.carrierCode() + ":" + d.waybillNumber()).collect(Collectors.joining(","));
        return guarded.get(LOGISTICS).ask(key, () -> tracker.track(deliveries));
    }

    private static String cacheKey(String source, Contract360Subject subject) {
        return switch (source) {
            case ErpReader.SOURCE -> subject.contractId() + "|" + subject.salesOrderReference() + "|" + subject.invoiceReference();
            case EsignReader.SOURCE -> subject.contractId() + "|" + subject.signFlowId();
            default -> subject.contractId() + "|" + subject.contractNumber();
        };
    }
}
