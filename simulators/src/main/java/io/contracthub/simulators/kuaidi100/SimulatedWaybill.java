package io.contracthub.simulators.kuaidi100;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A waybill as the simulated carrier moves it: picked up an hour before it was first asked about, scanned every half
 * hour since, the last scan at the first query. The track is fixed by the time of the first query, so asking twice
 * gives the same answer, and no scan lies in the future.
 */
final class SimulatedWaybill {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[][] SCANS = {
            {"【上海市】 快件已由【上海浦东营业部】揽收", "上海市", "1"},
            {"【上海市】 快件已到达【上海转运中心】", "上海市", "0"},
            {"【上海市】 快件已从【上海转运中心】发出，准备发往【北京转运中心】", "上海市", "0"},
    };

    private final String com;
    private final String num;
    private final LocalDateTime pickedUpAt;

    /** Its fields as they are, also how a kept snapshot rebuilds it (SimulatorSnapshot). */
    private SimulatedWaybill(String com, String num, LocalDateTime pickedUpAt) {
        this.com = com;
        this.num = num;
        this.pickedUpAt = pickedUpAt;
    }

    static SimulatedWaybill firstAskedAt(String com, String num, LocalDateTime firstAskedAt) {
        return new SimulatedWaybill(com, num, firstAskedAt.minusMinutes(30L * (SCANS.length - 1)));
    }

    String com() {
        return com;
    }

    String num() {
        return num;
    }

    /** The scans so far, newest first, as Kuaidi100 lists them; the state is the newest scan's. */
    List<String[]> scans() {
        List<String[]> scans = new ArrayList<>();
        for (int i = 0; i < SCANS.length; i++) {
            String time = pickedUpAt.plusMinutes(30L * i).format(TIME);
            scans.add(0, new String[]{time, SCANS[i][0], SCANS[i][1], SCANS[i][2]});
        }
        return scans;
    }
}
