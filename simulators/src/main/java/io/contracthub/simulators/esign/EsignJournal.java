package io.contracthub.simulators.esign;

import io.contracthub.simulators.state.KeptState;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything the simulator answered and sent, oldest first. */
@KeptState
final class EsignJournal {

    private final List<EsignJournalEntry> entries = new CopyOnWriteArrayList<>();

    void record(EsignJournalEntry entry) {
        entries.add(entry);
    }

    List<EsignJournalEntry> all() {
        return List.copyOf(entries);
    }
}
