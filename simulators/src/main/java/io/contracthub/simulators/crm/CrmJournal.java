package io.contracthub.simulators.crm;

import io.contracthub.simulators.state.KeptState;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every delivery the simulator made, in order. */
@KeptState
final class CrmJournal {

    private final List<SentEvent> deliveries = new CopyOnWriteArrayList<>();

    SentEvent record(SentEvent delivery) {
        deliveries.add(delivery);
        return delivery;
    }

    /** @throws NoSuchElementException if no event with this id was ever sent */
    SentEvent firstDeliveryOf(String eventId) {
        return deliveries.stream()
                .filter(delivery -> delivery.eventId().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No event was sent with id " + eventId));
    }

    List<SentEvent> all() {
        return List.copyOf(deliveries);
    }
}
