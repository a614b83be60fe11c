package io.contracthub.simulators.his;

/** How the simulated HIS behaves: answering, down (connections dropped), or answering SOAP Server faults. */
public enum HisMode {
    UP,
    OUTAGE,
    FAULT
}
