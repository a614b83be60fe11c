package io.contracthub.simulators.sap;

/** The technical user the simulated S/4HANA accepts, and whether it bills every order at once. */
public record SapSimulatorSettings(int port, String username, String password, boolean billOrdersImmediately) {
}
