package io.contracthub.model;

public record Transition(LifecycleState from, LifecycleState to) {

    public static Transition between(Contract before, Contract after) {
        return new Transition(before.lifecycle(), after.lifecycle());
    }

    public boolean changed() {
        return from != to;
    }
}
