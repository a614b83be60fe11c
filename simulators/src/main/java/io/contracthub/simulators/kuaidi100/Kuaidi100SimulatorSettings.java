package io.contracthub.simulators.kuaidi100;

/** The account the simulator accepts (customer and key, as in Kuaidi100's console) and its port (0: any free port). */
public record Kuaidi100SimulatorSettings(String customer, String key, int port) {
}
