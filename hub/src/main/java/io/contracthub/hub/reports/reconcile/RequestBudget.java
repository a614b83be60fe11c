package io.contracthub.hub.reports.reconcile;

import java.util.HashMap;
import java.util.Map;

/** How many requests one reconciliation run may still send to each system. */
public final class RequestBudget {

    private final int perSystem;
    private final Map<String, Integer> spent = new HashMap<>();

    public RequestBudget(int perSystem) {
        this.perSystem = perSystem;
    }

    /** Takes {@code requests} from the system's budget; false (and nothing taken) when they do not fit. */
    public synchronized boolean take(String system, int requests) {
        int used = spent.getOrDefault(system, 0);
        if (used + requests > perSystem) {
            return false;
        }
        spent.put(system, used + requests);
        return true;
    }

    public synchronized Map<String, Integer> spent() {
        return Map.copyOf(spent);
    }
}
