package io.contracthub.simulators.state;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose instances hold simulator state (a journal, a contract book, a warehouse): a simulator's field of
 * such a class is kept in its snapshot like the simulator's own maps, lists and counters ({@link SimulatorSnapshot}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeptState {
}
