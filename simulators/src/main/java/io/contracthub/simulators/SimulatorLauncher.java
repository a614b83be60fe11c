package io.contracthub.simulators;

import io.contracthub.simulators.his.HisSimulator;
import io.contracthub.simulators.his.HisSimulatorSettings;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one simulator as a process of its own, the way the real system sits on another machine (the benchmark's HIS):
 * <pre>
 * java -cp hub/target/contract-hub.jar -Dloader.main=io.contracthub.simulators.SimulatorLauncher \
 *      org.springframework.boot.loader.launch.PropertiesLauncher his port=8095 latency=4200ms
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
            default -> usage("unknown simulator '" + args[0] + "'");
        }
        new CountDownLatch(1).await();
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
        System.err.println(problem + "\nusage: SimulatorLauncher his [port=8095] [latency=4200ms]");
        System.exit(2);
    }
}
