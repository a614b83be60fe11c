package io.contracthub.simulators;

import io.contracthub.simulators.erp.ErpFaultOptions;
import io.contracthub.simulators.erp.ErpSimulator;
import io.contracthub.simulators.his.HisSimulator;
import io.contracthub.simulators.his.HisSimulatorSettings;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.kingdee.KingdeeSimulatorSettings;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.sap.SapSimulatorSettings;
import io.contracthub.simulators.state.SimulatorStateStore;
import io.contracthub.simulators.u8.U8Simulator;
import io.contracthub.simulators.u8.U8SimulatorSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one simulator as a process of its own, the way the real system sits on another machine (the benchmark's HIS):
 * <pre>
 * java -cp hub/target/contract-hub.jar -Dloader.main=io.contracthub.simulators.SimulatorLauncher \
 *      org.springframework.boot.loader.launch.PropertiesLauncher his port=8095 latency=4200ms
 * </pre>
 * The ERP simulators ({@code kingdee}, {@code u8}, {@code sap}) take the credentials the hub is configured with, the
 * master data they know ({@code customers=A,B materials=C,D}), random faults ({@link ErpFaultOptions}: {@code faults=0.3
 * fault-kinds=server-error,slow,reset,lose-response seed=1 slow-delay=4s}) and, with {@code state=<dir>}, keep their
 * journal and documents in {@code <dir>/<name>.json} across a restart of the process (bench/chaos.sh stops one for an
 * outage and starts it again):
 * <pre>
 * ... SimulatorLauncher kingdee port=8101 acct-id=a username=hub app-id=app app-secret=s customers=CUST-0001 \
 *      materials=MAT-MRI3T faults=0.3 state=/tmp/sim
 * </pre>
 * Prints one line "listening &lt;url&gt;" once it accepts requests, and runs until the process is stopped.
 */
public final class SimulatorLauncher {

    private SimulatorLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            usage("no simulator named");
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "his" -> {
                HisSimulator his = new HisSimulator(new HisSimulatorSettings(intOption(options, "port", 8095),
                        durationOption(options, "latency", HisSimulatorSettings.TYPICAL_LATENCY)));
                his.start();
                Runtime.getRuntime().addShutdownHook(new Thread(his::stop, "his-simulator-stop"));
                System.out.println("listening " + his.endpointUrl());
            }
            case "kingdee" -> serve("kingdee", options, new KingdeeSimulator(new KingdeeSimulatorSettings(
                    intOption(options, "port", 8101), required(options, "acct-id"), required(options, "username"),
                    required(options, "app-id"), required(options, "app-secret"),
                    durationOption(options, "session-idle-timeout", Duration.ofMinutes(20)))));
            case "u8" -> serve("u8", options, new U8Simulator(new U8SimulatorSettings(intOption(options, "port", 8102),
                    required(options, "from-account"), required(options, "to-account"), required(options, "app-key"),
                    required(options, "app-secret"), durationOption(options, "token-lifetime", Duration.ofHours(2)),
                    durationOption(options, "processing-time", Duration.ofMillis(150)))));
            case "sap" -> serve("sap", options, new SapSimulator(new SapSimulatorSettings(intOption(options, "port", 8103),
                    required(options, "username"), required(options, "password"),
                    Boolean.parseBoolean(options.getOrDefault("bill-orders-immediately", "true")))));
            default -> usage("unknown simulator '" + args[0] + "'");
        }
        new CountDownLatch(1).await();
    }

    /** Restores the ERP simulator's state when asked, seeds its master data and faults, starts it. */
    private static void serve(String name, Map<String, String> options, ErpSimulator erp) {
        SimulatorStateStore store = options.containsKey("state")
                ? new SimulatorStateStore(Path.of(options.get("state")), durationOption(options, "state-interval", Duration.ofMillis(200)))
                : null;
        if (store != null) {
            store.keep(name, erp);
        }
        erp.masterData().customers(listOption(options, "customers")).materials(listOption(options, "materials"));
        faultOptions(options).applyTo(erp.faults());
        erp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            erp.stop();
            if (store != null) {
                store.close();
            }
        }, name + "-simulator-stop"));
        System.out.println("listening " + erp.baseUrl());
    }

    static ErpFaultOptions faultOptions(Map<String, String> options) {
        return new ErpFaultOptions(Double.parseDouble(options.getOrDefault("faults", "0")),
                ErpFaultOptions.kinds(options.get("fault-kinds")), Long.parseLong(options.getOrDefault("seed", "1")),
                durationOption(options, "slow-delay", Duration.ofSeconds(4)));
    }

    private static List<String> listOption(Map<String, String> options, String key) {
        String value = options.get(key);
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            usage("missing " + key + "=...");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                usage("expected key=value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String key, int fallback) {
        String value = options.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /** "4200ms", "4s" or an ISO-8601 duration ("PT4.2S"). */
    static Duration durationOption(Map<String, String> options, String key, Duration fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s") && !value.startsWith("P")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
        }
        return Duration.parse(value);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: SimulatorLauncher his [port=8095] [latency=4200ms]\n"
                + "       SimulatorLauncher kingdee port= acct-id= username= app-id= app-secret= [ERP options]\n"
                + "       SimulatorLauncher u8 port= from-account= to-account= app-key= app-secret= [processing-time=150ms] [ERP options]\n"
                + "       SimulatorLauncher sap port= username= password= [bill-orders-immediately=true] [ERP options]\n"
                + "ERP options: customers=A,B materials=C,D faults=0.3 fault-kinds=server-error,slow,reset,lose-response "
                + "seed=1 slow-delay=4s state=<dir>");
        System.exit(2);
    }
}
