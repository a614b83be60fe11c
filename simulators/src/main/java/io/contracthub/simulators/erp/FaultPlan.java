package io.contracthub.simulators.erp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/** Which faults a simulator injects: the next few requests, and/or a share of all requests at random. */
public final class FaultPlan {

    private final Deque<Fault> next = new ArrayDeque<>();
    private Random random = new Random(0);
    private double rate;
    private List<Fault> randomFaults = List.of();
    private Duration slowDelay = Duration.ofSeconds(2);

    /** The next requests meet these faults, in order. */
    public synchronized FaultPlan failNext(Fault... faults) {
        next.addAll(List.of(faults));
        return this;
    }

    /** From now on a share {@code rate} of requests meets one of {@code faults}, reproducibly for one seed. */
    public synchronized FaultPlan failRandomly(double rate, long seed, Fault... faults) {
        this.rate = rate;
        this.random = new Random(seed);
        this.randomFaults = List.of(faults);
        return this;
    }

    public synchronized FaultPlan slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    public synchronized void clear() {
        next.clear();
        rate = 0;
        randomFaults = List.of();
    }

    synchronized Duration slowDelay() {
        return slowDelay;
    }

    /** The fault for the request now arriving, or null to answer normally. */
    synchronized Fault draw() {
        if (!next.isEmpty()) {
            return next.poll();
        }
        if (rate > 0 && !randomFaults.isEmpty() && random.nextDouble() < rate) {
            return randomFaults.get(random.nextInt(randomFaults.size()));
        }
        return null;
    }
}
