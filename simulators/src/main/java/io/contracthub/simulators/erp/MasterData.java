package io.contracthub.simulators.erp;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The customer and material codes a simulated ERP knows; a document naming another code is rejected. */
public final class MasterData {

    private final Set<String> customers = ConcurrentHashMap.newKeySet();
    private final Set<String> materials = ConcurrentHashMap.newKeySet();

    public MasterData customers(Collection<String> codes) {
        customers.addAll(codes);
        return this;
    }

    public MasterData materials(Collection<String> codes) {
        materials.addAll(codes);
        return this;
    }

    public void removeCustomer(String code) {
        customers.remove(code);
    }

    public boolean knowsCustomer(String code) {
        return code != null && customers.contains(code);
    }

    public boolean knowsMaterial(String code) {
        return code != null && materials.contains(code);
    }
}
