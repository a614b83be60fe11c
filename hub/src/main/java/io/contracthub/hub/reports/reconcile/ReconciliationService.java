package io.contracthub.hub.reports.reconcile;

import io.contracthub.hub.reports.ReportsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One reconciliation run: samples contracts, lets every system check compare each one within its request budget,
 * and stores what they found. One run at a time per node; a second caller waits for the first to finish.
 */
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final ContractSampler sampler;
    private final List<SystemCheck> checks;
    private final InconsistencyRepository inconsistencies;
    private final ReportsProperties.Reconciliation settings;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    public ReconciliationService(ContractSampler sampler, List<SystemCheck> checks, InconsistencyRepository inconsistencies,
                                 ReportsProperties.Reconciliation settings, Clock clock) {
        this.sampler = sampler;
        this.checks = List.copyOf(checks);
        this.inconsistencies = inconsistencies;
        this.settings = settings;
        this.clock = clock;
    }

    public ReconciliationRun runOnce() {
        running.lock();
        try {
            Instant now = clock.instant();
            List<SampledContract> sample = sampler.sample(now, settings.recent(), settings.randomSample());
            RequestBudget budget = new RequestBudget(settings.budget());
            int made = 0;
            int inconsistent = 0;
            int opened = 0;
            int closed = 0;
            for (SampledContract contract : sample) {
                for (SystemCheck check : checks) {
                    Optional<CheckResult> result = check.check(contract, budget);
                    if (result.isEmpty()) {
                        continue;
                    }
                    made++;
                    inconsistent += result.get().consistent() ? 0 : 1;
                    InconsistencyRepository.Changes changes = inconsistencies.record(contract.id(), result.get(), now);
                    opened += changes.opened();
                    closed += changes.closed();
                }
            }
            ReconciliationRun run = new ReconciliationRun(now, sample.size(), made, inconsistent, opened, closed, budget.spent());
            log.info("Reconciliation: {} contracts, {} checks, {} inconsistent, {} mismatches opened, {} closed, requests {}",
                    run.contractsSampled(), made, inconsistent, opened, closed, run.requests());
            return run;
        } finally {
            running.unlock();
        }
    }
}
