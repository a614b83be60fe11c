package io.contracthub.simulators.erp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The random faults a simulated ERP run as a process injects, from launcher options: a share of requests
 * ({@code faults=0.3}) meets one of the named faults ({@code fault-kinds=server-error,slow,reset,lose-response} or
 * {@code malformed}; the first four by default), reproducibly for one {@code seed}; {@code slow} answers after {@code slow-delay}, which the caller
 * meets as a time-out when it exceeds its request time limit.
 */
public record ErpFaultOptions(double rate, List<Fault> kinds, long seed, Duration slowDelay) {

    public static final List<Fault> ALL = List.of(Fault.SERVER_ERROR, Fault.SLOW, Fault.RESET, Fault.LOSE_RESPONSE);

    public ErpFaultOptions {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("faults must be a share between 0 and 1, got " + rate);
        }
        kinds = List.copyOf(kinds);
        if (rate > 0 && kinds.isEmpty()) {
            throw new IllegalArgumentException("fault-kinds names no fault");
        }
    }

    /** "server-error,slow" -> [SERVER_ERROR, SLOW]; blank -> all four. */
    public static List<Fault> kinds(String names) {
        if (names == null || names.isBlank()) {
            return ALL;
        }
        List<Fault> kinds = new ArrayList<>();
        for (String name : names.split(",")) {
            kinds.add(Fault.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return kinds;
    }

    public void applyTo(FaultPlan plan) {
        plan.clear();
        plan.slowDelay(slowDelay);
        if (rate > 0) {
            plan.failRandomly(rate, seed, kinds.toArray(Fault[]::new));
        }
    }
}
