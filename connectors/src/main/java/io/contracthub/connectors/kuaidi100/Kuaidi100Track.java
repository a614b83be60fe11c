package io.contracthub.connectors.kuaidi100;

import java.util.List;

/**
 * One waybill's track as Kuaidi100 reports it.
 *
 * @param state     Kuaidi100's state code: 0 in transit, 1 picked up, 2 problem, 3 signed for, 4 refused and returned,
 *                  5 out for delivery, 6 returning, ...
 * @param signedFor whether the receiver signed ({@code ischeck} = 1)
 * @param events    newest first, as Kuaidi100 sends them by default
 */
public record Kuaidi100Track(String com, String num, String state, boolean signedFor, List<Event> events) {

    public Kuaidi100Track {
        events = List.copyOf(events);
    }

    /** @param time as Kuaidi100 writes it: "2026-12-01 10:12:30", Beijing time */
    public record Event(String time, String context, String location) {
    }

    /** Kuaidi100's words for the state code, for people. */
    public String stateDescription() {
        return switch (state == null ? "" : state) {
            case "0" -> "in transit";
            case "1" -> "picked up";
            case "2" -> "problem";
            case "3" -> "signed for";
            case "4" -> "refused";
            case "5" -> "out for delivery";
            case "6" -> "returning";
            default -> "state " + state;
        };
    }
}
