package io.contracthub.simulators.erp;

import io.contracthub.simulators.state.KeptState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated warehouse behind an ERP: once a sales order exists it ships it at once, with a SF Express waybill, so
 * the delivery note and the goods in transit can be looked up right after the order is created. Tests may turn
 * shipping off or ship an order again (a second delivery).
 */
@KeptState
public final class WarehouseShipping {

    private final String numberPrefix;
    private final AtomicLong sequence;
    private final List<SimulatedDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();
    private volatile boolean shipsAtOnce = true;

    /** @param numberPrefix how the ERP numbers its outbound documents ("XSCKD" in Kingdee, ...) */
    public WarehouseShipping(String numberPrefix, long firstNumber) {
        this.numberPrefix = numberPrefix;
        this.sequence = new AtomicLong(firstNumber);
    }

    /** Called by the ERP simulator when a sales order was created. */
    public void orderCreated(String orderNumber) {
        if (shipsAtOnce && !held.containsKey(orderNumber)) {
            ship(orderNumber);
        }
    }

    /** Ships (again) now: a new outbound document with a new waybill. */
    public SimulatedDelivery ship(String orderNumber) {
        long number = sequence.incrementAndGet();
        SimulatedDelivery delivery = new SimulatedDelivery(numberPrefix + String.format("%06d", number), orderNumber,
                "shunfeng", "SF" + String.format("%013d", 1_400_000_000_000L + number), Instant.now());
        deliveries.add(delivery);
        return delivery;
    }

    public void shipsAtOnce(boolean shipsAtOnce) {
        this.shipsAtOnce = shipsAtOnce;
    }

    public List<SimulatedDelivery> of(String orderNumber) {
        return deliveries.stream().filter(delivery -> delivery.orderNumber().equals(orderNumber)).toList();
    }

    public List<SimulatedDelivery> all() {
        return List.copyOf(deliveries);
    }
}
