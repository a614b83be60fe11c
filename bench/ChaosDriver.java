import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/chaos.sh: drives contracts to EFFECTIVE through any of several hub nodes while nodes die, the
 * way a CRM and finance would: a signed CRM event makes each contract (SIGNED), three manual evidences (SIGNATURE,
 * DOWN_PAYMENT, TECHNICAL_AGREEMENT, each with a requestId so a retried POST is recorded once) make it EFFECTIVE.
 * Every request is retried on another node until it is answered (connection refused, reset, 5xx), within a bounded
 * time per contract. Customers rotate over the three regions, so the contracts go to Kingdee, U8 and SAP in turn.
 * Signing reuses {@link Driver.Signer}.
 * <pre>
 *   java -cp bench/target/driver ChaosDriver urls=http://127.0.0.1:A,http://127.0.0.1:B secret=.. apikey=.. \
 *        contracts=2000 rate=5 clients=8 run=tag out=manifest.csv [give-up-seconds=600]
 * </pre>
 * Writes one manifest line per contract: number,region,erp,contract id (blank when it never got one),effective
 * (true/false). Prints progress lines, and exits 0 when every contract was driven.
 */
public final class ChaosDriver {

    static final String[][] REGIONS = {{"Shanghai", "kingdee"}, {"Beijing", "u8"}, {"Guangdong", "sap"}};
    static final String[] FACETS = {"SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final List<URI> nodes = new ArrayList<>();
    private final String secret;
    private final String apiKey;
    private final String run;
    private final long giveUpMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger next = new AtomicInteger();

    ChaosDriver(Map<String, String> o) {
        for (String url : o.get("urls").split(",")) {
            nodes.add(Driver.loopback(url.trim()));
        }
        this.secret = o.get("secret");
        this.apiKey = o.get("apikey");
        this.run = o.getOrDefault("run", Long.toString(System.currentTimeMillis() / 1000));
        this.giveUpMillis = (long) (Double.parseDouble(o.getOrDefault("give-up-seconds", "600")) * 1000);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            o.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int contracts = Integer.parseInt(o.getOrDefault("contracts", "2000"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "5"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        ChaosDriver driver = new ChaosDriver(o);
        System.exit(driver.drive(contracts, rate, clients, Path.of(o.get("out"))));
    }

    static String number(String run, int seq) {
        return "CH-" + run + "-" + seq;
    }

    static String[] region(int seq) {
        return REGIONS[seq % REGIONS.length];
    }

    int drive(int contracts, double rate, int clients, Path out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<String>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger effective = new AtomicInteger();
        for (int seq = 0; seq < contracts; seq++) {
            long due = t0 + (long) (seq / rate * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int s = seq;
            results.add(pool.submit(() -> {
                String line = contract(s);
                if (line.endsWith(",true")) {
                    effective.incrementAndGet();
                }
                int n = done.incrementAndGet();
                if (n % 50 == 0 || n == contracts) {
                    Driver.log("chaos driver: %d of %d contracts driven, %d EFFECTIVE", n, contracts, effective.get());
                }
                return line;
            }));
        }
        try (PrintWriter manifest = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            manifest.println("number,region,erp,contract_id,effective");
            for (Future<String> result : results) {
                manifest.println(result.get());
            }
        }
        pool.shutdown();
        Driver.log("chaos driver: %d of %d contracts EFFECTIVE", effective.get(), contracts);
        return effective.get() == contracts ? 0 : 1;
    }

    /** One contract from CRM event to EFFECTIVE; answers its manifest line. */
    String contract(int seq) {
        String number = number(run, seq);
        String[] region = region(seq);
        long deadline = System.currentTimeMillis() + giveUpMillis;
        String id = null;
        boolean isEffective = false;
        try {
            byte[] event = event(number, region[0]);
            send(deadline, "POST", "/webhooks/crm", event, true, 200, 202);
            id = lookUp(number, deadline);
            if (id != null) {
                for (String facet : FACETS) {
                    String body = "{\"facet\":\"" + facet + "\",\"outcome\":\"CONFIRMED\",\"actor\":\"chaos\",\"reason\":\"chaos run\","
                            + "\"requestId\":\"" + number + "-" + facet + "\"}";
                    String answer = send(deadline, "POST", "/api/contracts/" + id + "/evidence",
                            body.getBytes(StandardCharsets.UTF_8), false, 200, 201);
                    isEffective = answer != null && answer.contains("\"EFFECTIVE\"");
                }
                if (!isEffective) {
                    String view = send(deadline, "GET", "/api/contracts/" + id, null, false, 200);
                    isEffective = view != null && view.contains("\"EFFECTIVE\"");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return number + "," + region[0] + "," + region[1] + "," + (id == null ? "" : id) + "," + isEffective;
    }

    String lookUp(String number, long deadline) throws InterruptedException {
        while (System.currentTimeMillis() < deadline) {
            String answer = send(deadline, "GET", "/api/contracts?number=" + number, null, false, 200);
            Matcher m = answer == null ? null : ID.matcher(answer);
            if (m != null && m.find()) {
                return m.group(1);
            }
            Thread.sleep(250); // the inbox dispatcher has not made the event a contract yet
        }
        return null;
    }

    /**
     * Sends until one of {@code ok} is answered, trying the nodes in turn on refusals, resets, time-outs and 5xx;
     * answers the body, or null once the deadline passed or a 4xx said the request itself is wrong.
     */
    String send(long deadline, String method, String path, byte[] body, boolean signed, int... ok) throws InterruptedException {
        int node = Math.floorMod(next.getAndIncrement(), nodes.size());
        String lastProblem = "";
        while (System.currentTimeMillis() < deadline) {
            URI base = nodes.get(node);
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15));
                if (body != null) {
                    request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
                } else {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                }
                if (signed) {
                    request.header("X-Hub-Signature", new Driver.Signer(secret).sign(body));
                } else {
                    request.header("X-Api-Key", apiKey);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (int status : ok) {
                    if (response.statusCode() == status) {
                        return response.body();
                    }
                }
                lastProblem = response.statusCode() + " " + response.body();
                if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 404
                        && response.statusCode() != 409 && response.statusCode() != 429) {
                    Driver.log("chaos driver: %s %s refused: %s", method, path, abbreviate(lastProblem));
                    return null;
                }
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            node = (node + 1) % nodes.size();
            Thread.sleep(300);
        }
        Driver.log("chaos driver: gave up on %s %s: %s", method, path, abbreviate(lastProblem));
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** A SIGNED contract whose customer and products every company's master data maps (config/erp.yml). */
    static byte[] event(String number, String region) {
        return ("""
                {"eventId":"%s-created","occurredAt":"2026-11-20T08:00:00Z","type":"contract.updated","contract":{\
                "number":"%s","date":"2026-11-20","salesStage":"SIGNED",\
                "customer":{"name":"Chaos Medical Equipment Co., Ltd.","creditCode":"91310000MA1FL8XQ37","region":"%s","segment":"INDUSTRIAL"},\
                "salesRep":{"id":"u1001","name":"Li Lei"},"currency":"CNY",\
                "lines":[{"productCode":"MRI-3T","description":"MRI 3T","quantity":"1","unitPrice":"2000000.00","taxRate":"0.13"},\
                {"productCode":"SVC-INSTALL","description":"Installation","quantity":"1","unitPrice":"50000.00","taxRate":"0.06"}],\
                "terms":{"downPayment":{"percent":"30"},"creditDays":60},\
                "invoice":{"title":"Chaos Medical Equipment Co., Ltd.","taxNumber":"91310000MA1FL8XQ37"},\
                "bankAccount":{"bankName":"ICBC Shanghai","accountName":"Contract Hub Demo Seller","accountNumber":"6222020200112233445"}}}"""
                .formatted(number, number, region)).getBytes(StandardCharsets.UTF_8);
    }
}
