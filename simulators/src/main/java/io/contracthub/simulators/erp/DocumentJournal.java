package io.contracthub.simulators.erp;

import io.contracthub.simulators.state.KeptState;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every document a simulated ERP created, in order; tests and the sandbox read it (also as GET /_sim/journal). */
@KeptState
public final class DocumentJournal {

    private final List<CreatedDocument> documents = new CopyOnWriteArrayList<>();

    public void add(CreatedDocument document) {
        documents.add(document);
    }

    public List<CreatedDocument> all() {
        return List.copyOf(documents);
    }

    public List<CreatedDocument> withReference(String reference) {
        return documents.stream().filter(document -> reference.equals(document.reference())).toList();
    }

    public List<CreatedDocument> ofType(String type) {
        return documents.stream().filter(document -> type.equals(document.type())).toList();
    }
}
