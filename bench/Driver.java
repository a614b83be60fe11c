import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contract Hub load driver (Java 17, JDK only). Run by bench/run.sh; modes:
 * <pre>
 *   freeport                                  prints a free loopback TCP port
 *   ready  url=.. t0ms=.. timeout=..          waits for /actuator/health UP, prints ms since t0ms
 *   load   url=.. pid=.. secret=.. apikey=.. clients=.. scale=.. out=.. [client=raw|jdk] [...]
 *   peer   url=.. pid=.. erp=.. clients=.. scale=.. out=..   the same signed CRM events, warm-up and max-rate phase
 *          against a peer (the Node-RED flow in bench/peers/node-red), then how many orders its ERP stub received
 *   erpstub port=..                           an ERP stub: answers every POST 201 with an order number, GET /count
 *   report meta=.. store.postgres=.. store.embedded=.. [peer.node-red=..]   prints the markdown table
 * </pre>
 * Everything goes to 127.0.0.1 only. Latencies are kept in long[] (nanoseconds) and sorted; no HdrHistogram.
 */
public final class Driver {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("mode required: freeport | ready | load | report");
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + args[i]);
            }
            opts.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "freeport" -> {
                try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    System.out.println(s.getLocalPort());
                }
            }
            case "ready" -> System.exit(ready(opts));
            case "load" -> new Load(opts).run();
            case "peer" -> new Load(opts).peer();
            case "erpstub" -> ErpStub.serve(Integer.parseInt(opts.get("port")));
            case "report" -> Report.print(opts);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ------------------------------------------------------------------ the peer's ERP stub

    /** What the peer flow posts its mapped orders to: answers 201 with an order number; GET /count says how many. */
    static final class ErpStub {
        static void serve(int port) throws IOException {
            AtomicLong orders = new AtomicLong();
            com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                    new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 1024);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                byte[] body;
                int status;
                if ("POST".equals(exchange.getRequestMethod())) {
                    body = ("{\"orderNumber\":\"SO" + orders.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
                    status = 201;
                } else {
                    body = Long.toString(orders.get()).getBytes(StandardCharsets.UTF_8);
                    status = 200;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
            server.start();
            System.out.println("listening http://127.0.0.1:" + port);
        }

        static long count(URI erp) throws IOException {
            try (RawClient client = new RawClient(erp)) {
                int status = client.request("GET", "/count", null, null);
                if (status != 200) {
                    throw new IOException("ERP stub answered " + status);
                }
                return Long.parseLong(client.bodyString().trim());
            }
        }
    }

    // ------------------------------------------------------------------ readiness

    static int ready(Map<String, String> o) throws InterruptedException {
        URI base = loopback(o.get("url"));
        long t0ms = Long.parseLong(o.get("t0ms"));
        long timeoutMs = (long) (Double.parseDouble(o.getOrDefault("timeout", "120")) * 1000);
        long pid = Long.parseLong(o.getOrDefault("pid", "0"));
        while (System.currentTimeMillis() - t0ms < timeoutMs) {
            if (pid > 0 && !Files.exists(Path.of("/proc/" + pid))) {
                System.err.println("hub process " + pid + " exited before it was ready");
                return 2;
            }
            try (RawClient c = new RawClient(base)) {
                int status = c.request("GET", "/actuator/health", null, null);
                if (status == 200 && c.bodyString().contains("\"UP\"")) {
                    System.out.println(System.currentTimeMillis() - t0ms);
                    return 0;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        System.err.println("hub not ready within " + timeoutMs + " ms");
        return 1;
    }

    static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("loopback only: the url must point at 127.0.0.1, got " + url);
        }
        return uri;
    }

    // ------------------------------------------------------------------ HTTP clients

    /** One HTTP/1.1 keep-alive connection; one per load thread. */
    interface Client extends Closeable {
        /** headers: name, value, name, value ... ; body may be null. Answers the status; the body is in body(). */
        int request(String method, String path, String[] headers, byte[] body) throws IOException;

        byte[] body();

        default String bodyString() {
            return new String(body(), StandardCharsets.UTF_8);
        }

        @Override
        void close();
    }

    /**
     * Minimal blocking HTTP/1.1 client on a plain socket: one request in flight, keep-alive, Content-Length and
     * chunked responses, reconnects when the server says Connection: close (Tomcat does after 100 requests).
     */
    static final class RawClient implements Client {
        private final String host;
        private final int port;
        private final byte[] hostHeader;
        private Socket socket;
        private OutputStream out;
        private InputStream in;
        private final ByteArrayOutputStream request = new ByteArrayOutputStream(4096);
        private final ByteArrayOutputStream response = new ByteArrayOutputStream(4096);
        private final StringBuilder line = new StringBuilder(128);
        private byte[] body = new byte[0];

        RawClient(URI base) {
            this.host = base.getHost();
            this.port = base.getPort();
            this.hostHeader = ("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        private void connect() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), 5000);
            s.setSoTimeout(60_000);
            socket = s;
            out = s.getOutputStream();
            in = new BufferedInputStream(s.getInputStream(), 16384);
        }

        @Override
        public int request(String method, String path, String[] headers, byte[] payload) throws IOException {
            if (socket == null) {
                connect();
            }
            request.reset();
            ascii(method);
            ascii(" ");
            ascii(path);
            ascii(" HTTP/1.1\r\n");
            request.write(hostHeader);
            if (headers != null) {
                for (int i = 0; i < headers.length; i += 2) {
                    ascii(headers[i]);
                    ascii(": ");
                    ascii(headers[i + 1]);
                    ascii("\r\n");
                }
            }
            if (payload != null) {
                ascii("Content-Length: ");
                ascii(Integer.toString(payload.length));
                ascii("\r\n");
            }
            ascii("\r\n");
            if (payload != null) {
                request.write(payload, 0, payload.length);
            }
            try {
                request.writeTo(out);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                request.write(s.charAt(i));
            }
        }

        private int readResponse() throws IOException {
            String statusLine = readLine();
            if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = readLine(); !h.isEmpty(); h = readLine()) {
                int colon = h.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closeAfter = true;
                }
            }
            response.reset();
            if (chunked) {
                while (true) {
                    String sizeLine = readLine();
                    int semi = sizeLine.indexOf(';');
                    int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                    if (size == 0) {
                        while (!readLine().isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    copy(size);
                    readLine();
                }
            } else if (contentLength > 0) {
                copy(contentLength);
            } else if (contentLength < 0 && status != 204 && status != 304) {
                in.transferTo(response);
                closeAfter = true;
            }
            body = response.toByteArray();
            if (closeAfter) {
                close();
            }
            return status;
        }

        private void copy(long n) throws IOException {
            byte[] chunk = new byte[8192];
            while (n > 0) {
                int r = in.read(chunk, 0, (int) Math.min(chunk.length, n));
                if (r < 0) {
                    throw new EOFException("connection closed in body");
                }
                response.write(chunk, 0, r);
                n -= r;
            }
        }

        private String readLine() throws IOException {
            line.setLength(0);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection closed");
                }
                if (b == '\n') {
                    int len = line.length();
                    if (len > 0 && line.charAt(len - 1) == '\r') {
                        line.setLength(len - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        @Override
        public byte[] body() {
            return body;
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            socket = null;
        }
    }

    /** java.net.http.HttpClient (HTTP/1.1), for comparison with the raw client (client=jdk). */
    static final class JdkClient implements Client {
        private static volatile HttpClient shared;
        private final URI base;
        private byte[] body = new byte[0];

        JdkClient(URI base) {
            this.base = base;
            if (shared == null) {
                synchronized (JdkClient.class) {
                    if (shared == null) {
                        shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(5)).build();
                    }
                }
            }
        }

        @Override
        public int request(String method, String path, String[] headers, byte[] payload) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            if (headers != null) {
                for (int i = 0; i < headers.length; i += 2) {
                    b.header(headers[i], headers[i + 1]);
                }
            }
            b.method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
            try {
                HttpResponse<byte[]> r = shared.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                body = r.body();
                return r.statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        @Override
        public byte[] body() {
            return body;
        }

        @Override
        public void close() {
        }
    }

    // ------------------------------------------------------------------ events and signing

    /** CRM change events spliced from a pre-built template: only the event id and contract number vary. */
    static final class Events {
        private final byte[] a;
        private final byte[] b;
        private final byte[] c;

        Events() {
            this("INDUSTRIAL");
        }

        Events(String segment) {
            String template = """
                    {"eventId":"@ID@","occurredAt":"2026-11-20T08:00:00Z","type":"contract.updated","contract":{\
                    "number":"@NO@","date":"2026-11-20","salesStage":"SIGNED",\
                    "customer":{"name":"Bench Industrial Automation Co., Ltd.","creditCode":"91310000MA1FL8XQ37","region":"Shanghai","segment":"@SEG@"},\
                    "salesRep":{"id":"u1001","name":"Li Lei"},"currency":"CNY",\
                    "lines":[{"productCode":"PLC-500","description":"PLC controller cabinet","quantity":"4","unitPrice":"125000.00","taxRate":"0.13"},\
                    {"productCode":"SRV-12","description":"Servo drive kit","quantity":"12","unitPrice":"8600.00","taxRate":"0.13"}],\
                    "terms":{"downPayment":{"percent":"30"},"creditDays":60},\
                    "invoice":{"title":"Bench Industrial Automation Co., Ltd.","taxNumber":"91310000MA1FL8XQ37"},\
                    "bankAccount":{"bankName":"ICBC Shanghai","accountName":"Contract Hub Demo Seller","accountNumber":"6222020200112233445"}}}"""
                    .replace("@SEG@", segment);
            int id = template.indexOf("@ID@");
            int no = template.indexOf("@NO@");
            a = template.substring(0, id).getBytes(StandardCharsets.UTF_8);
            b = template.substring(id + 4, no).getBytes(StandardCharsets.UTF_8);
            c = template.substring(no + 4).getBytes(StandardCharsets.UTF_8);
        }

        byte[] event(String eventId, String number) {
            byte[] id = eventId.getBytes(StandardCharsets.US_ASCII);
            byte[] no = number.getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[a.length + id.length + b.length + no.length + c.length];
            int p = 0;
            System.arraycopy(a, 0, out, p, a.length);
            p += a.length;
            System.arraycopy(id, 0, out, p, id.length);
            p += id.length;
            System.arraycopy(b, 0, out, p, b.length);
            p += b.length;
            System.arraycopy(no, 0, out, p, no.length);
            p += no.length;
            System.arraycopy(c, 0, out, p, c.length);
            return out;
        }
    }

    /** Stripe-style X-Hub-Signature: t=&lt;secs&gt;,v1=hex(HMAC-SHA256(secret, t + "." + body)); one Mac per thread. */
    static final class Signer {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final Mac mac;

        Signer(String secret) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String sign(byte[] body) {
            String t = Long.toString(System.currentTimeMillis() / 1000);
            mac.update(t.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            byte[] digest = mac.doFinal(body);
            char[] hex = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[digest[i] & 0xf];
            }
            return "t=" + t + ",v1=" + new String(hex);
        }
    }

    // ------------------------------------------------------------------ load phases

    interface Task {
        /** One unit of work (an event, a contract); answers the status that counts for it (-1 = I/O error). */
        int run(Client client, Signer signer, long seq) throws Exception;
    }

    static final class LongList {
        long[] a = new long[1024];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }
    }

    static final class PhaseResult {
        String name;
        double seconds;
        long units;
        long ok;
        long[] statusCounts = new long[600];
        long ioErrors;
        long[] latency;   // from the intended start (fixed rate) or the actual start (max rate), sorted, ns
        long[] service;   // from the actual start, sorted, ns
        Cpu cpuBefore;
        Cpu cpuAfter;

        long errors() {
            long e = ioErrors;
            for (int s = 0; s < statusCounts.length; s++) {
                if (s >= 400 || (s > 0 && s < 200)) {
                    e += statusCounts[s];
                }
            }
            return e;
        }

        String statusSummary() {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < statusCounts.length; s++) {
                if (statusCounts[s] > 0) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s).append(':').append(statusCounts[s]);
                }
            }
            if (ioErrors > 0) {
                sb.append(sb.length() == 0 ? "" : " ").append("io:").append(ioErrors);
            }
            return sb.length() == 0 ? "-" : sb.toString();
        }
    }

    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    /** CPU ticks of the hub, of this driver and of the whole machine, at one moment. */
    record Cpu(long wallNs, long hubTicks, long selfTicks, long machineBusy, long machineTotal, long pgTicks) {
    }

    static final class Load {
        final URI base;
        final long pid;
        final String secret;
        final String apiKey;
        final int clients;
        final double scale;
        final Path out;
        final String clientKind;
        final String run;
        final Properties results = new Properties();
        final Events events = new Events();
        final long clkTck;
        volatile boolean sampling = true;
        volatile double maxHeapMb;
        volatile double maxRssMb;
        final Map<String, String> o;

        Load(Map<String, String> o) {
            this.o = o;
            base = loopback(o.get("url"));
            pid = Long.parseLong(o.get("pid"));
            secret = o.get("secret");
            apiKey = o.get("apikey");
            clients = Integer.parseInt(o.getOrDefault("clients", "16"));
            scale = Double.parseDouble(o.getOrDefault("scale", "1"));
            out = Path.of(o.get("out"));
            clientKind = o.getOrDefault("client", "raw");
            run = o.getOrDefault("run", Long.toString(System.currentTimeMillis() / 1000, 36));
            clkTck = Long.parseLong(o.getOrDefault("clktck", "100"));
        }

        double secs(String key, double dflt) {
            return Math.max(1.0, Double.parseDouble(o.getOrDefault(key, Double.toString(dflt))) * scale);
        }

        Client newClient() {
            return "jdk".equals(clientKind) ? new JdkClient(base) : new RawClient(base);
        }

        void put(String key, Object value) {
            String v;
            if (value instanceof Double d) {
                v = Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
            } else {
                v = String.valueOf(value);
            }
            results.setProperty(key, v);
            System.out.println("  " + key + " = " + v);
        }

        void save() throws IOException {
            try (Writer w = Files.newBufferedWriter(out)) {
                results.store(w, "contract hub bench");
            }
        }

        /** Warm-up and phase A against a peer that does POST -> map -> POST to an ERP stub and persists nothing. */
        void peer() throws Exception {
            put("client", clientKind);
            put("clients", clients);
            double warmup = secs("warmupSeconds", 10);
            double maxSecs = secs("maxRateSeconds", 60);
            long maxEvents = Long.parseLong(o.getOrDefault("maxEvents", "2000000"));
            URI erp = loopback(o.get("erp"));
            log("peer warm-up: max rate for %.0f s", warmup);
            phase("warmup", 0, maxEvents, warmup, crmTask("PW"));
            long ordersBefore = ErpStub.count(erp);
            log("peer phase A: max rate for %.0f s, %d clients", maxSecs, clients);
            PhaseResult a = phase("A", 0, maxEvents, maxSecs, crmTask("PA"));
            report("A", a);
            put("A.erp_orders_received", ErpStub.count(erp) - ordersBefore);
            put("A.ok_per_s", (a.units - a.errors()) / a.seconds);
            put("peer_alive_at_end", Files.exists(Path.of("/proc/" + pid)));
            save();
        }

        void run() throws Exception {
            put("client", clientKind);
            put("clients", clients);
            Thread sampler = new Thread(this::sample, "sampler");
            sampler.setDaemon(true);
            sampler.start();
            try {
                double warmup = secs("warmupSeconds", 10);
                double maxSecs = secs("maxRateSeconds", 60);
                double fixedSecs = secs("fixedSeconds", 30);
                double fixedRate = Double.parseDouble(o.getOrDefault("fixedRate", "500"));
                double trigSecs = secs("triggerSeconds", 30);
                double trigRate = Double.parseDouble(o.getOrDefault("triggerRate", "200"));
                long maxEvents = Long.parseLong(o.getOrDefault("maxEvents", "2000000"));
                long expectedContracts = contractCount();

                log("warm-up: max rate for %.0f s", warmup);
                PhaseResult w = phase("warmup", 0, maxEvents, warmup, crmTask("W"));
                expectedContracts += w.statusCounts[202];

                String phases = o.getOrDefault("phases", "ABC");
                if (!phases.contains("A")) {
                    drain("warmup", expectedContracts, null, 60);
                }
                if (phases.contains("A")) {
                    log("phase A: max rate for %.0f s, %d clients", maxSecs, clients);
                    PhaseResult a = phase("A", 0, maxEvents, maxSecs, crmTask("A"));
                    expectedContracts += a.statusCounts[202];
                    long backlog = expectedContracts - contractCount();
                    report("A", a);
                    put("A.hub_cpu_ms_per_accepted_event", (a.cpuAfter.hubTicks() - a.cpuBefore.hubTicks()) * 1000.0 / clkTck
                            / Math.max(1, a.statusCounts[202]));
                    put("A.inbox_backlog_at_end", backlog);
                    drain("A", expectedContracts, a, Double.parseDouble(o.getOrDefault("drainSeconds", Double.toString(Math.max(30, 3 * maxSecs)))));
                    save();

                }
                if (!phases.contains("B") && !phases.contains("C") && !phases.contains("Q")) {
                    return;
                }
                if (phases.contains("B")) {
                log("phase B: %.0f events/s for %.0f s", fixedRate, fixedSecs);
                long bCount = (long) Math.ceil(fixedRate * fixedSecs);
                PhaseResult b = phase("B", fixedRate, bCount, fixedSecs, crmTask("B"));
                expectedContracts += b.statusCounts[202];
                report("B", b);
                put("B.target_rate", fixedRate);
                put("B.achieved_rate", b.units / b.seconds);
                drain("B", expectedContracts, null, Math.max(30, 3 * fixedSecs));
                save();
                }

                if (phases.contains("C")) {
                    triggers(trigRate, trigSecs);
                }
                save();
                if (phases.contains("Q")) {
                    qualification(Double.parseDouble(o.getOrDefault("qualificationRate", "50")), secs("qualificationSeconds", 30),
                            Math.max(5, warmup));
                }
                save();
            } finally {
                sampling = false;
                sampler.join(2000);
                put("peak_heap_used_mb_sampled", maxHeapMb);
                put("peak_rss_mb_sampled", maxRssMb);
                put("vmhwm_mb", procStatusKb("VmHWM") / 1024.0);
                put("hub_alive_at_end", Files.exists(Path.of("/proc/" + pid)));
                heapMax();
                gcStats();
                save();
            }
        }

        // --- phases

        Task crmTask(String tag) {
            return crmTask(tag, events);
        }

        Task crmTask(String tag, Events events) {
            String prefix = "bench-" + run + "-" + tag + "-";
            String numberPrefix = "BN-" + run + "-" + tag + "-";
            return (client, signer, seq) -> {
                byte[] body = events.event(prefix + seq, numberPrefix + seq);
                return client.request("POST", "/webhooks/crm",
                        new String[]{"Content-Type", "application/json", "X-Hub-Signature", signer.sign(body)}, body);
            };
        }

        PhaseResult phase(String name, double rate, long maxCount, double seconds, Task task) throws InterruptedException {
            PhaseResult r = new PhaseResult();
            r.name = name;
            AtomicLong next = new AtomicLong();
            long t0 = System.nanoTime() + 20_000_000L;
            long deadline = t0 + (long) (seconds * 1e9);
            double interval = rate > 0 ? 1e9 / rate : 0;
            LongList[] lat = new LongList[clients];
            LongList[] svc = new LongList[clients];
            long[][] status = new long[clients][600];
            long[] io = new long[clients];
            long[] lastEnd = new long[clients];
            Thread[] threads = new Thread[clients];
            r.cpuBefore = cpu();
            for (int i = 0; i < clients; i++) {
                final int me = i;
                lat[i] = new LongList();
                svc[i] = new LongList();
                threads[i] = new Thread(() -> {
                    Signer signer = new Signer(secret);
                    try (Client client = newClient()) {
                        while (true) {
                            long k = next.getAndIncrement();
                            if (k >= maxCount) {
                                break;
                            }
                            long intended;
                            if (rate > 0) {
                                intended = t0 + (long) (k * interval);
                                if (intended >= deadline) {
                                    break;
                                }
                                long wait;
                                while ((wait = intended - System.nanoTime()) > 0) {
                                    LockSupport.parkNanos(wait);
                                }
                            } else {
                                intended = System.nanoTime();
                                if (intended >= deadline) {
                                    break;
                                }
                            }
                            long start = System.nanoTime();
                            int st;
                            try {
                                st = task.run(client, signer, k);
                            } catch (Exception e) {
                                st = -1;
                            }
                            long end = System.nanoTime();
                            if (st < 0 || st >= 600) {
                                io[me]++;
                            } else {
                                status[me][st]++;
                            }
                            lat[me].add(end - intended);
                            svc[me].add(end - start);
                            lastEnd[me] = end;
                        }
                    }
                }, "load-" + name + "-" + i);
                threads[i].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            r.cpuAfter = cpu();
            long end = t0;
            int n = 0;
            for (int i = 0; i < clients; i++) {
                end = Math.max(end, lastEnd[i]);
                n += lat[i].n;
                for (int s = 0; s < 600; s++) {
                    r.statusCounts[s] += status[i][s];
                }
                r.ioErrors += io[i];
            }
            r.seconds = Math.max(1e-9, (end - t0) / 1e9);
            r.latency = new long[n];
            r.service = new long[n];
            int p = 0;
            for (int i = 0; i < clients; i++) {
                System.arraycopy(lat[i].a, 0, r.latency, p, lat[i].n);
                System.arraycopy(svc[i].a, 0, r.service, p, svc[i].n);
                p += lat[i].n;
            }
            Arrays.sort(r.latency);
            Arrays.sort(r.service);
            r.units = n;
            return r;
        }

        void report(String k, PhaseResult r) {
            put(k + ".seconds", r.seconds);
            put(k + ".requests", r.units);
            put(k + ".accepted_202", r.statusCounts[202]);
            put(k + ".accepted_per_s", r.statusCounts[202] / r.seconds);
            put(k + ".errors", r.errors());
            put(k + ".statuses", r.statusSummary());
            put(k + ".lat_p50_ms", pct(r.latency, 0.50));
            put(k + ".lat_p95_ms", pct(r.latency, 0.95));
            put(k + ".lat_p99_ms", pct(r.latency, 0.99));
            put(k + ".lat_max_ms", pct(r.latency, 1.0));
            put(k + ".svc_p99_ms", pct(r.service, 0.99));
            cpuReport(k, r.cpuBefore, r.cpuAfter);
        }

        void cpuReport(String k, Cpu a, Cpu b) {
            double wall = (b.wallNs - a.wallNs) / 1e9;
            put(k + ".hub_cpu_pct", 100.0 * (b.hubTicks - a.hubTicks) / clkTck / wall);
            put(k + ".driver_cpu_pct", 100.0 * (b.selfTicks - a.selfTicks) / clkTck / wall);
            long total = b.machineTotal - a.machineTotal;
            double hub = 100.0 * (b.hubTicks - a.hubTicks) / clkTck / wall;
            double self = 100.0 * (b.selfTicks - a.selfTicks) / clkTck / wall;
            double pg = 100.0 * (b.pgTicks - a.pgTicks) / clkTck / wall;
            double busyPct = total == 0 ? Double.NaN : 100.0 * (b.machineBusy - a.machineBusy) / total;
            put(k + ".machine_busy_pct", busyPct);
            put(k + ".postgres_cpu_pct", pg);
            // everything else on the machine (other people's builds and tests would show here), in % of one core
            put(k + ".other_cpu_pct", Math.max(0, busyPct * Runtime.getRuntime().availableProcessors() - hub - self - pg));
        }

        /** Waits until the inbox dispatcher has turned every accepted event into a contract. */
        void drain(String k, long expected, PhaseResult phase, double timeoutSec) throws Exception {
            long start = System.nanoTime();
            long deadline = start + (long) (timeoutSec * 1e9);
            long have = contractCount();
            while (have < expected && System.nanoTime() < deadline) {
                Thread.sleep(100);
                have = contractCount();
            }
            double drainSec = (System.nanoTime() - start) / 1e9;
            put(k + ".drain_seconds", drainSec);
            put(k + ".drain_left", Math.max(0, expected - have));
            if (phase != null) {
                // contracts made by the dispatcher from the phase's events over phase + drain time
                put(k + ".dispatch_per_s", phase.statusCounts[202] / (phase.seconds + drainSec));
            }
        }

        long contractCount() throws IOException {
            try (RawClient c = new RawClient(base)) {
                int st = c.request("GET", "/api/contracts?size=1", new String[]{"X-Api-Key", apiKey}, null);
                if (st != 200) {
                    throw new IOException("GET /api/contracts answered " + st + ": " + c.bodyString());
                }
                Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(c.bodyString());
                if (!m.find()) {
                    throw new IOException("no total in " + c.bodyString());
                }
                return Long.parseLong(m.group(1));
            }
        }

        // --- EFFECTIVE -> trigger

        /** Makes n SIGNED contracts through CRM events (tagged k) and answers their ids, null where one is missing. */
        String[] createContracts(String k, int n, Events events) throws Exception {
            log("phase %s setup: %d SIGNED contracts via CRM events, then their ids", k, n);
            long before = contractCount();
            PhaseResult setup = phase(k + "-setup", 0, n, 600, crmTask(k, events));
            put(k + ".setup_events_202", setup.statusCounts[202]);
            drain(k + ".setup", before + setup.statusCounts[202], null, 120);
            String[] ids = new String[n];
            String numberPrefix = "BN-" + run + "-" + k + "-";
            Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
            phase(k + "-lookup", 0, n, 600, (client, signer, seq) -> {
                int st = 0;
                for (int attempt = 0; attempt < 100 && ids[(int) seq] == null; attempt++) { // up to ~10 s per contract
                    st = client.request("GET", "/api/contracts?number=" + numberPrefix + seq,
                            new String[]{"X-Api-Key", apiKey}, null);
                    Matcher m = idPattern.matcher(client.bodyString());
                    if (st == 200 && m.find()) {
                        ids[(int) seq] = m.group(1);
                    } else {
                        Thread.sleep(100);
                    }
                }
                return st;
            });
            int missing = 0;
            for (String id : ids) {
                if (id == null) {
                    missing++;
                }
            }
            put(k + ".setup_missing_contracts", missing);
            return ids;
        }

        void triggers(double rate, double seconds) throws Exception {
            int n = (int) Math.ceil(rate * seconds);
            String[] ids = createContracts("C", n, events);
            log("phase C: %.0f contracts/s made EFFECTIVE (SIGNATURE, DOWN_PAYMENT, TECHNICAL_AGREEMENT each) for %.0f s", rate, seconds);
            String[] facets = {"SIGNATURE", "DOWN_PAYMENT", "TECHNICAL_AGREEMENT"};
            byte[][] bodies = new byte[3][];
            for (int f = 0; f < 3; f++) {
                bodies[f] = ("{\"facet\":\"" + facets[f] + "\",\"outcome\":\"CONFIRMED\",\"actor\":\"bench\",\"reason\":\"bench\"}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            AtomicLong effective = new AtomicLong();
            String[] headers = {"Content-Type", "application/json", "X-Api-Key", apiKey};
            PhaseResult c = phase("C", rate, n, seconds, (client, signer, seq) -> {
                String id = ids[(int) seq];
                if (id == null) {
                    return -1;
                }
                int st = 0;
                for (int f = 0; f < 3; f++) {
                    st = client.request("POST", "/api/contracts/" + id + "/evidence", headers, bodies[f]);
                    if (st != 201) {
                        return st;
                    }
                }
                if (client.bodyString().contains("\"EFFECTIVE\"")) {
                    effective.incrementAndGet();
                }
                return st;
            });
            put("C.target_rate", rate);
            put("C.contracts", c.units);
            put("C.contracts_per_s", c.units / c.seconds);
            put("C.effective", effective.get());
            put("C.errors", c.errors());
            put("C.statuses", c.statusSummary());
            put("C.evidence3_p50_ms", pct(c.latency, 0.50));
            put("C.evidence3_p99_ms", pct(c.latency, 0.99));
            cpuReport("C", c.cpuBefore, c.cpuAfter);

            // wait for the relay: the outbox is published in id order, so the last contract's triggers come last
            int last = (int) c.units - 1;
            while (last >= 0 && ids[last] == null) {
                last--;
            }
            long waitStart = System.nanoTime();
            long deadline = waitStart + (long) (Math.max(120, 10 * seconds) * 1e9);
            if (last >= 0) {
                try (Client client = newClient()) {
                    while (System.nanoTime() < deadline && publishedTriggers(client, ids[last]) < 3) {
                        Thread.sleep(100);
                    }
                }
            }
            put("C.relay_wait_after_phase_s", (System.nanoTime() - waitStart) / 1e9);
            int count = (int) c.units;
            LongList[] lat = new LongList[clients];
            long[] unpublished = new long[clients];
            long[] firstReceived = new long[clients];
            long[] lastPublished = new long[clients];
            Arrays.fill(firstReceived, Long.MAX_VALUE);
            AtomicLong cursor = new AtomicLong();
            Thread[] threads = new Thread[clients];
            for (int i = 0; i < clients; i++) {
                final int me = i;
                lat[i] = new LongList();
                threads[i] = new Thread(() -> {
                    try (Client client = newClient()) {
                        for (long k = cursor.getAndIncrement(); k < count; k = cursor.getAndIncrement()) {
                            String id = ids[(int) k];
                            if (id == null) {
                                continue;
                            }
                            try {
                                if (client.request("GET", "/api/contracts/" + id + "/timeline", new String[]{"X-Api-Key", apiKey}, null) != 200) {
                                    unpublished[me] += 3;
                                    continue;
                                }
                                for (Object e : (List<?>) Json.parse(client.bodyString())) {
                                    Map<?, ?> entry = (Map<?, ?>) e;
                                    List<?> fired = (List<?>) entry.get("triggers");
                                    if (fired == null || fired.isEmpty()) {
                                        continue;
                                    }
                                    Instant received = instant(entry.get("receivedAt"));
                                    firstReceived[me] = Math.min(firstReceived[me], received.toEpochMilli());
                                    for (Object t : fired) {
                                        Object published = ((Map<?, ?>) t).get("publishedAt");
                                        if (published == null) {
                                            unpublished[me]++;
                                        } else {
                                            lat[me].add(Duration.between(received, instant(published)).toNanos());
                                            lastPublished[me] = Math.max(lastPublished[me], instant(published).toEpochMilli());
                                        }
                                    }
                                }
                            } catch (IOException ex) {
                                unpublished[me] += 3;
                            }
                        }
                    }
                });
                threads[i].start();
            }
            long total = 0;
            long notPublished = 0;
            long first = Long.MAX_VALUE;
            long lastPub = 0;
            for (int i = 0; i < clients; i++) {
                threads[i].join();
                first = Math.min(first, firstReceived[i]);
                lastPub = Math.max(lastPub, lastPublished[i]);
                total += lat[i].n;
                notPublished += unpublished[i];
            }
            long[] all = new long[(int) total];
            int p = 0;
            for (LongList l : lat) {
                System.arraycopy(l.a, 0, all, p, l.n);
                p += l.n;
            }
            Arrays.sort(all);
            put("C.trigger_messages", total);
            // the relay's throughput: messages over first EFFECTIVE commit .. last publication
            put("C.relay_msgs_per_s", lastPub > first ? total * 1000.0 / (lastPub - first) : Double.NaN);
            put("C.trigger_unpublished", notPublished);
            put("C.trigger_p50_ms", pct(all, 0.50));
            put("C.trigger_p99_ms", pct(all, 0.99));
            put("C.trigger_max_ms", pct(all, 1.0));
        }

        // --- the qualification form while the HIS takes seconds (issue 6)

        /**
         * Medical contracts each get one qualification form at a fixed rate while the HIS (a simulator process, 4.2 s a
         * call) is slow: the form's answer time is the figure; afterwards, how many HIS checks came back while it ran.
         */
        void qualification(double rate, double seconds, double warmupSeconds) throws Exception {
            int n = (int) Math.ceil(rate * seconds);
            // the form's own path is cold after the CRM warm-up: the first forms (not measured) warm it
            int warm = (int) Math.ceil(rate * warmupSeconds);
            String[] all = createContracts("Q", warm + n, new Events("MEDICAL"));
            String[] ids = Arrays.copyOfRange(all, warm, warm + n);
            byte[] form = """
                    {"companyName":"华东医疗器械有限公司","creditCode":"91310000MA1FL8XQ37",\
                    "licenceNumber":"沪浦食药监械经营许20220001号","validUntil":"2029-06-30","submittedBy":"u1001"}"""
                    .getBytes(StandardCharsets.UTF_8);
            String[] headers = {"Content-Type", "application/json", "X-Api-Key", apiKey};
            log("phase Q warm-up: %d forms at %.0f/s", warm, rate);
            phase("Q-warmup", rate, warm, warmupSeconds, (client, signer, seq) -> all[(int) seq] == null ? -1
                    : client.request("POST", "/api/contracts/" + all[(int) seq] + "/qualification", headers, form));
            log("phase Q: %.0f qualification forms/s for %.0f s (the HIS answers in seconds)", rate, seconds);
            PhaseResult q = phase("Q", rate, n, seconds, (client, signer, seq) -> {
                String id = ids[(int) seq];
                return id == null ? -1 : client.request("POST", "/api/contracts/" + id + "/qualification", headers, form);
            });
            report("Q", q);
            put("Q.target_rate", rate);
            put("Q.achieved_rate", q.units / q.seconds);
            // the checks are queued and worked off behind the HIS's bulkhead; count the answered ones among the first forms
            int sample = Math.min(all.length, 200);
            long done = 0;
            long verified = 0;
            try (Client client = newClient()) {
                for (int k = 0; k < sample; k++) {
                    if (all[k] == null || client.request("GET", "/api/contracts/" + all[k] + "/qualification/checks",
                            new String[]{"X-Api-Key", apiKey}, null) != 200) {
                        continue;
                    }
                    String body = client.bodyString();
                    if (!body.contains("\"PENDING\"")) {
                        done++;
                    }
                    if (body.contains("\"VALID\"")) {
                        verified++;
                    }
                }
            }
            put("Q.his_checks_sampled", sample);
            put("Q.his_checks_answered_at_end", done);
            put("Q.his_checks_valid_at_end", verified);
        }

        int publishedTriggers(Client client, String id) throws IOException {
            if (client.request("GET", "/api/contracts/" + id + "/timeline", new String[]{"X-Api-Key", apiKey}, null) != 200) {
                return 0;
            }
            int published = 0;
            for (Object e : (List<?>) Json.parse(client.bodyString())) {
                List<?> fired = (List<?>) ((Map<?, ?>) e).get("triggers");
                if (fired != null) {
                    for (Object t : fired) {
                        if (((Map<?, ?>) t).get("publishedAt") != null) {
                            published++;
                        }
                    }
                }
            }
            return published;
        }

        static Instant instant(Object v) {
            if (v instanceof String s) {
                return Instant.parse(s);
            }
            double secs = ((Number) v).doubleValue();
            long whole = (long) Math.floor(secs);
            return Instant.ofEpochSecond(whole, Math.round((secs - whole) * 1e9));
        }

        // --- process figures

        Cpu cpu() {
            long hub = 0;
            long self = 0;
            long busy = 0;
            long total = 0;
            try {
                hub = statTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
            } catch (IOException ignored) {
                // hub gone
            }
            try {
                self = statTicks(Files.readString(Path.of("/proc/self/stat")));
                String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = first.trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += v;
                    }
                }
            } catch (IOException ignored) {
                // no /proc
            }
            long pg = 0;
            try (var procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            pg += statTicks(stat);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // process ended
                    }
                }
            } catch (IOException ignored) {
                // no /proc
            }
            return new Cpu(System.nanoTime(), hub, self, busy, total, pg);
        }

        static long statTicks(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        }

        long procStatusKb(String field) {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith(field + ":")) {
                        return Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException ignored) {
                // gone
            }
            return -1;
        }

        void sample() {
            Pattern value = Pattern.compile("\"statistic\"\\s*:\\s*\"VALUE\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.eE+-]+)");
            try (RawClient c = new RawClient(base)) {
                while (sampling) {
                    try {
                        if (c.request("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null, null) == 200) {
                            Matcher m = value.matcher(c.bodyString());
                            if (m.find()) {
                                maxHeapMb = Math.max(maxHeapMb, Double.parseDouble(m.group(1)) / 1048576.0);
                            }
                        }
                    } catch (IOException ignored) {
                        // try again
                    }
                    maxRssMb = Math.max(maxRssMb, procStatusKb("VmRSS") / 1024.0);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        void heapMax() {
            metric("jvm.memory.max?tag=area:heap", "VALUE", "heap_max_mb", 1048576.0);
        }

        void gcStats() {
            metric("jvm.gc.pause", "COUNT", "gc_pauses", 1);
            metric("jvm.gc.pause", "TOTAL_TIME", "gc_pause_total_s", 1);
            metric("jvm.gc.pause", "MAX", "gc_pause_max_s", 1);
        }

        void metric(String path, String statistic, String key, double div) {
            try (RawClient c = new RawClient(base)) {
                if (c.request("GET", "/actuator/metrics/" + path, null, null) == 200) {
                    Matcher m = Pattern.compile("\"statistic\"\\s*:\\s*\"" + statistic + "\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.eE+-]+)")
                            .matcher(c.bodyString());
                    if (m.find()) {
                        put(key, Double.parseDouble(m.group(1)) / div);
                        return;
                    }
                }
            } catch (IOException ignored) {
                // below
            }
            put(key, "n/a");
        }
    }

    static void log(String fmt, Object... args) {
        System.out.println("[" + Instant.now() + "] " + String.format(Locale.ROOT, fmt, args));
    }

    // ------------------------------------------------------------------ tiny JSON reader (timelines)

    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) throws IOException {
            Json j = new Json(s);
            Object v = j.value();
            j.ws();
            if (j.i != s.length()) {
                throw new IOException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() throws IOException {
            ws();
            if (i >= s.length()) {
                throw new IOException("unexpected end of JSON");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (st == i) {
                        throw new IOException("bad JSON at " + i);
                    }
                    return Double.parseDouble(s.substring(st, i));
                }
            }
        }

        private void expect(char c) throws IOException {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IOException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() throws IOException {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }

    // ------------------------------------------------------------------ report

    static final class Report {
        static Properties load(String file) throws IOException {
            Properties p = new Properties();
            if (file != null && Files.exists(Path.of(file))) {
                try (Reader r = Files.newBufferedReader(Path.of(file))) {
                    p.load(r);
                }
            }
            return p;
        }

        static double num(Properties p, String key) {
            try {
                return Double.parseDouble(p.getProperty(key, "NaN"));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static String verdict(double v, double limit, boolean atLeast) {
            if (Double.isNaN(v)) {
                return "n/a";
            }
            return (atLeast ? v >= limit : v <= limit) ? "met" : "**missed**";
        }

        static void print(Map<String, String> o) throws IOException {
            Properties meta = load(o.get("meta"));
            String[] stores = {"postgres", "embedded"};
            Properties[] p = {load(o.get("store.postgres")), load(o.get("store.embedded"))};
            double tps = num(meta, "pgbench_tps");
            StringBuilder sb = new StringBuilder();
            sb.append("## Contract Hub benchmark, ").append(meta.getProperty("date", "")).append("\n\n");
            sb.append("| | |\n|---|---|\n");
            for (String k : new String[]{"command", "machine", "java", "postgresql", "hub", "settings", "driver"}) {
                sb.append("| ").append(k).append(" | ").append(meta.getProperty(k, "")).append(" |\n");
            }
            sb.append("\n| figure | postgres | embedded (H2 + Artemis) | target |\n|---|---|---|---|\n");
            row(sb, p, "startup to ready (ms) / hub CPU s used until ready", new String[]{"startup_ms", "startup_cpu_s"}, m -> "&le; 15 s (embedded)");
            row(sb, p, "A: max rate, seconds", "A.seconds", null);
            row(sb, p, "A: events accepted (202)", "A.accepted_202", null);
            row(sb, p, "**A: accepted events/s (sustained)**", "A.accepted_per_s", m -> "&ge; 1,000/s for 60 s");
            row(sb, p, "A: ack p50 / p95 / p99 / max (ms)", new String[]{"A.lat_p50_ms", "A.lat_p95_ms", "A.lat_p99_ms", "A.lat_max_ms"}, null);
            row(sb, p, "A: errors (statuses)", new String[]{"A.errors", "A.statuses"}, null);
            row(sb, p, "A: inbox backlog at end / drain s", new String[]{"A.inbox_backlog_at_end", "A.drain_seconds"}, null);
            row(sb, p, "A: inbox dispatch contracts/s", "A.dispatch_per_s", null);
            row(sb, p, "A: hub CPU ms per accepted event (ingest + its dispatch)", "A.hub_cpu_ms_per_accepted_event", null);
            row(sb, p, "A: CPU % hub / postgres / driver / other procs (of 1 core) / machine busy (% of all)", new String[]{"A.hub_cpu_pct", "A.postgres_cpu_pct", "A.driver_cpu_pct", "A.other_cpu_pct", "A.machine_busy_pct"}, null);
            sb.append("| pgbench tps (1-row ~600 B insert, sync commit, same clients & duration) | ")
                    .append(meta.getProperty("pgbench_tps", "n/a")).append(" | | |\n");
            sb.append("| **ratio A events/s / pgbench tps** | ");
            for (Properties s : p) {
                double v = num(s, "A.accepted_per_s") / tps;
                sb.append(Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v)).append(" | ");
            }
            sb.append("&ge; 0.2 |\n");
            row(sb, p, "B: target / achieved events/s", new String[]{"B.target_rate", "B.achieved_rate"}, null);
            row(sb, p, "**B: ack p50 / p95 / p99 / max (ms)**", new String[]{"B.lat_p50_ms", "B.lat_p95_ms", "B.lat_p99_ms", "B.lat_max_ms"}, m -> "p99 &le; 50 ms at 500/s");
            row(sb, p, "B: errors (statuses)", new String[]{"B.errors", "B.statuses"}, null);
            row(sb, p, "B: CPU % hub / postgres / driver / other procs (of 1 core) / machine busy (% of all)", new String[]{"B.hub_cpu_pct", "B.postgres_cpu_pct", "B.driver_cpu_pct", "B.other_cpu_pct", "B.machine_busy_pct"}, null);
            row(sb, p, "C: target / achieved contracts/s", new String[]{"C.target_rate", "C.contracts_per_s"}, null);
            row(sb, p, "C: contracts made EFFECTIVE / errors", new String[]{"C.effective", "C.errors"}, null);
            row(sb, p, "C: 3 evidence POSTs per contract p50 / p99 (ms)", new String[]{"C.evidence3_p50_ms", "C.evidence3_p99_ms"}, null);
            row(sb, p, "**C: EFFECTIVE -> trigger published p50 / p99 / max (ms)**", new String[]{"C.trigger_p50_ms", "C.trigger_p99_ms", "C.trigger_max_ms"}, m -> "p99 &le; 500 ms at 200/s");
            row(sb, p, "C: trigger messages measured / unpublished", new String[]{"C.trigger_messages", "C.trigger_unpublished"}, null);
            row(sb, p, "C: relay still publishing after the phase (s) / relay msgs/s", new String[]{"C.relay_wait_after_phase_s", "C.relay_msgs_per_s"}, null);
            row(sb, p, "C: DB check (postgres): publish p50 / p99, commit(created-received) p99 (ms)", new String[]{"C.sql_publish_p50_ms", "C.sql_publish_p99_ms", "C.sql_created_p99_ms"}, null);
            row(sb, p, "C: CPU % hub / postgres / driver / other procs (of 1 core) / machine busy (% of all)", new String[]{"C.hub_cpu_pct", "C.postgres_cpu_pct", "C.driver_cpu_pct", "C.other_cpu_pct", "C.machine_busy_pct"}, null);
            row(sb, p, "Q: target / achieved qualification forms/s (HIS simulator process, 4.2 s a call)", new String[]{"Q.target_rate", "Q.achieved_rate"}, null);
            row(sb, p, "**Q: qualification form answer p50 / p95 / p99 / max (ms)**", new String[]{"Q.lat_p50_ms", "Q.lat_p95_ms", "Q.lat_p99_ms", "Q.lat_max_ms"}, m -> "p99 &le; 100 ms while the HIS takes 4.2 s");
            row(sb, p, "Q: errors (statuses)", new String[]{"Q.errors", "Q.statuses"}, null);
            row(sb, p, "Q: HIS checks answered / VALID at the end, of the first forms sampled", new String[]{"Q.his_checks_answered_at_end", "Q.his_checks_valid_at_end", "Q.his_checks_sampled"}, null);
            row(sb, p, "Q: CPU % hub / postgres / driver / other procs (of 1 core) / machine busy (% of all)", new String[]{"Q.hub_cpu_pct", "Q.postgres_cpu_pct", "Q.driver_cpu_pct", "Q.other_cpu_pct", "Q.machine_busy_pct"}, null);
            row(sb, p, "peak RSS VmHWM (MB)", "vmhwm_mb", null);
            row(sb, p, "peak heap used, sampled 2/s (MB) / heap max (MB)", new String[]{"peak_heap_used_mb_sampled", "heap_max_mb"}, null);
            row(sb, p, "GC pauses / total s / max s", new String[]{"gc_pauses", "gc_pause_total_s", "gc_pause_max_s"}, null);
            row(sb, p, "**-Xmx holds: hub alive, no OutOfMemoryError**", new String[]{"hub_alive_at_end", "oom_in_log"}, m -> "alive, no OOM");
            row(sb, p, "hub CPU over the whole run (s user+sys / wall s)", new String[]{"hub_cpu_s", "hub_wall_s"}, null);

            peerSection(sb, o.get("peer.node-red"), p, stores);

            sb.append("\nTargets (2 cores, hub + PostgreSQL + driver on one machine): ")
                    .append("A >= 1,000/s: ").append(verdictBoth(p, "A.accepted_per_s", 1000, true))
                    .append("; B p99 <= 50 ms: ").append(verdictBoth(p, "B.lat_p99_ms", 50, false))
                    .append("; C p99 <= 500 ms: ").append(verdictBoth(p, "C.trigger_p99_ms", 500, false))
                    .append("; Q p99 <= 100 ms: ").append(verdictBoth(p, "Q.lat_p99_ms", 100, false))
                    .append("; ratio >= 0.2: ");
            for (int i = 0; i < 2; i++) {
                sb.append(stores[i]).append(' ').append(verdict(num(p[i], "A.accepted_per_s") / tps, 0.2, true)).append(i == 0 ? ", " : "");
            }
            sb.append("; startup <= 15 s (embedded): ").append(verdict(num(p[1], "startup_ms"), 15000, false))
                    .append("; -Xmx holds: ");
            for (int i = 0; i < 2; i++) {
                boolean ok = "true".equals(p[i].getProperty("hub_alive_at_end")) && "0".equals(p[i].getProperty("oom_in_log"));
                sb.append(stores[i]).append(' ').append(p[i].isEmpty() ? "n/a" : ok ? "met" : "**missed**").append(i == 0 ? ", " : "");
            }
            sb.append(".\n\nA = sustained max-rate CRM webhooks (each a new SIGNED contract); B = fixed-rate CRM webhooks, latency counted from the ")
                    .append("scheduled send time (no coordinated omission); C = contracts made EFFECTIVE (3 manual evidence POSTs each, started at a fixed rate), ")
                    .append("trigger latency = outbox.published_at - journal.received_at of the EFFECTIVE entry (read via the timeline API, i.e. the DB timestamps; ")
                    .append("embedded Artemis is in-VM only, so the queue cannot be consumed from outside). CPU % is of one core (200 % = both cores).\n");
            System.out.print(sb);
        }

        /**
         * The Node-RED peer, driven by the same client at the same concurrency in the same run, and the hub's end to end
         * rate (events accepted and dispatched into contracts: the smaller of the two) as a share of the peer's.
         */
        static void peerSection(StringBuilder sb, String file, Properties[] p, String[] stores) throws IOException {
            if (file == null || !Files.exists(Path.of(file))) {
                return;
            }
            Properties peer = load(file);
            double peerRate = num(peer, "A.accepted_per_s");
            sb.append("\n| Node-RED peer (").append(peer.getProperty("version", "?"))
                    .append(": POST -> map -> POST to an ERP stub, nothing verified or persisted) | |\n|---|---|\n");
            sb.append("| A: max rate, seconds / requests | ").append(peer.getProperty("A.seconds", "n/a")).append(" / ")
                    .append(peer.getProperty("A.requests", "n/a")).append(" |\n");
            sb.append("| **A: accepted events/s** | ").append(peer.getProperty("A.accepted_per_s", "n/a")).append(" |\n");
            sb.append("| A: ack p50 / p95 / p99 / max (ms) | ").append(String.join(" / ", peer.getProperty("A.lat_p50_ms", "n/a"),
                    peer.getProperty("A.lat_p95_ms", "n/a"), peer.getProperty("A.lat_p99_ms", "n/a"), peer.getProperty("A.lat_max_ms", "n/a"))).append(" |\n");
            sb.append("| A: errors (statuses) / orders the ERP stub received | ").append(peer.getProperty("A.errors", "n/a")).append(" (")
                    .append(peer.getProperty("A.statuses", "n/a")).append(") / ").append(peer.getProperty("A.erp_orders_received", "n/a")).append(" |\n");
            sb.append("| A: CPU % Node-RED / driver / machine busy | ").append(String.join(" / ", peer.getProperty("A.hub_cpu_pct", "n/a"),
                    peer.getProperty("A.driver_cpu_pct", "n/a"), peer.getProperty("A.machine_busy_pct", "n/a"))).append(" |\n");
            sb.append("\n| hub end to end (min of A accepted/s and A dispatch contracts/s) / Node-RED accepted/s | postgres | embedded | target |\n|---|---|---|---|\n| **ratio** | ");
            for (Properties s : p) {
                double hub = Math.min(num(s, "A.accepted_per_s"), num(s, "A.dispatch_per_s"));
                double ratio = hub / peerRate;
                sb.append(Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f (%.1f / %.1f)", ratio, hub, peerRate)).append(" | ");
            }
            sb.append("&ge; 0.5 |\n");
        }

        interface Cell {
            String target(Properties[] p);
        }

        static String verdictCell(Properties[] p, String key, double limit, boolean atLeast, String text) {
            return text;
        }

        static String verdictBoth(Properties[] p, String key, double limit, boolean atLeast) {
            return "postgres " + verdict(num(p[0], key), limit, atLeast) + ", embedded " + verdict(num(p[1], key), limit, atLeast);
        }

        static void row(StringBuilder sb, Properties[] p, String label, String key, Cell target) {
            row(sb, p, label, new String[]{key}, target);
        }

        static void row(StringBuilder sb, Properties[] p, String label, String[] keys, Cell target) {
            sb.append("| ").append(label).append(" | ");
            for (Properties s : p) {
                List<String> vals = new ArrayList<>();
                for (String k : keys) {
                    vals.add(s.getProperty(k, "n/a"));
                }
                sb.append(s.isEmpty() ? "not run" : String.join(" / ", vals)).append(" | ");
            }
            sb.append(target == null ? "" : target.target(p)).append(" |\n");
        }
    }
}
