package io.tscns.benchmarks.cms;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.secret.CodeGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Load driver for the sandbox CMS (<i>prova di carico</i>): card activations per second and their latency
 * percentiles, with N counters (threads, each with its own HTTPS connection and TLS session, mutual TLS with the
 * operator's certificate) activating distinct shipped cards as fast as the sandbox answers. Every activation is what a
 * counter sends: an identification of the card (whose reference the CMS requires, {@code docs/cms.md §9.5}), then the
 * full activation call: JSON request, activation rules, codes split and sealed, outbox message, history line, audit
 * entry, idempotency record, and (for the file database) a group commit that reaches the file before the answer.
 *
 * <p>Two kinds of counter. <b>Raw HTTPS</b> ({@link WireCounter}): the protocol's request bytes over a kept-alive
 * mutual-TLS socket, reading back the status and the body length, as {@code wrk} or {@code h2load} would — next to no
 * client CPU, so the figure is the sandbox's own capacity on the machine's cores (the counters still share them).
 * <b>SDK</b>: a {@link CmsClient} each, what a vendor's application runs; its {@code java.net.http} stack costs
 * more CPU per call than the sandbox, so on the same 2 cores this measures the clients as much as the server.
 *
 * <p>Scenarios, each on a fresh sandbox with its own population: durable (HSQLDB file) with 32 raw counters activating
 * cards in random order, the target; the same in the order the cards were seeded (what page locality is worth); 32 SDK
 * counters; in memory with 32 raw counters (what durability costs); durable with one SDK counter (what a lone counter
 * sees). Before them one unreported round per kind of counter lets the JIT compile the sandbox,
 * TLS and HSQLDB, and each scenario runs its own warm-up batch before the measured one. The driver reports the CPU time
 * per activation of the whole process, of the sandbox's threads, of its single writer (the serial part) and of the
 * counters, and the size of the database's files after the batch and once closed; {@code -Dtscns.load.threads=true}
 * adds every thread's CPU by name from {@code /proc} (GC, JIT compilers).
 * Run with {@code java -cp tscns-benchmarks/target/benchmarks.jar io.tscns.benchmarks.cms.CmsActivationLoad [scale]
 * [name]}, where {@code scale} (default 1.0) multiplies the batch sizes and {@code name} keeps only the scenarios whose
 * names contain it. A load driver rather than JMH because each activation consumes a card: the population has to be
 * sized and seeded before the clock starts.
 */
public final class CmsActivationLoad {

    private static final String OPERATOR = "asl-1";
    private static final char[] PASSWORD = "load".toCharArray();

    /**
     * A scenario.
     *
     * @param name     its label
     * @param durable  file database (true) or in memory
     * @param counters concurrent clients
     * @param warmup   activations before measuring
     * @param measured activations measured
     * @param clients  what the counters are
     * @param order    the order of the activations
     */
    record Scenario(
            String name, boolean durable, int counters, int warmup, int measured, Clients clients, Order order) {}

    /** The order in which the counters activate the population. */
    enum Order {
        /**
         * Random, as a region's counters see their cards: each activation updates a card, its history and index
         * entries on pages of their own, which the database rewrites at the group commit.
         */
        RANDOM,
        /**
         * The order the cards were seeded in: consecutive activations share the pages of the cards table and of the
         * per-card indexes — what the sandbox does with locality it will not have in use.
         */
        SEEDED
    }

    /** What the counters are. */
    enum Clients {
        /** The SDK's {@link CmsClient} each: what a vendor's application runs. */
        SDK,
        /** A {@link WireCounter} each: raw HTTPS, next to no client CPU, so the sandbox alone is measured. */
        WIRE
    }

    /**
     * What a scenario measured.
     *
     * @param scenario  the scenario
     * @param perSecond activations per second
     * @param p50       median latency, ms
     * @param p99       99th percentile, ms
     * @param p999      99.9th percentile, ms
     * @param max       slowest, ms
     * @param failures  activations that failed
     * @param cpuMs     CPU time of this process (server and clients together) per activation, ms
     * @param serverMs  CPU time of the sandbox's own threads (HTTP server, its handlers and the writer) per
     *                  activation, ms; the rest of {@code cpuMs} is the clients', the JVM's (GC, JIT) and the driver's
     * @param writerMs  CPU time of the sandbox's single writer thread per activation, ms: the serial part, whose
     *                  inverse bounds the throughput whatever the cores
     * @param clientMs  CPU time of the counter threads themselves per activation, ms (for the SDK, its
     *                  {@code java.net.http} threads come on top and are in {@code cpuMs} only)
     * @param jitMs     CPU time of the JIT compiler threads per activation, ms (part of {@code cpuMs}; 0 where
     *                  {@code /proc} is not available)
     * @param warmedUp  activations run before the measured batch
     * @param fileMb    the size of the sandbox's data directory right after the measured batch, in MB; 0 in memory
     * @param closedMb  its size once the sandbox is closed (HSQLDB then checkpoints: the tables written out, the log
     *                  emptied), in MB
     * @param closeS    how long closing the sandbox took, in seconds
     */
    record Result(
            Scenario scenario,
            double perSecond,
            double p50,
            double p99,
            double p999,
            double max,
            int failures,
            double cpuMs,
            double serverMs,
            double writerMs,
            double clientMs,
            double jitMs,
            int warmedUp,
            double fileMb,
            double closedMb,
            double closeS) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-36s %3d counters %7d activations %8.0f /s   p50 %6.1f ms  p99 %6.1f"
                            + " ms  p99.9 %6.1f ms  max %6.1f ms  failures %d  CPU %.2f ms/activation"
                            + " (sandbox %.2f, writer %.2f, counters %.2f, JIT %.2f) after %d warm-up,"
                            + " files %.0f MB (%.0f MB once closed, in %.1f s)",
                    scenario.name,
                    scenario.counters,
                    scenario.measured,
                    perSecond,
                    p50,
                    p99,
                    p999,
                    max,
                    failures,
                    cpuMs,
                    serverMs,
                    writerMs,
                    clientMs,
                    jitMs,
                    warmedUp,
                    fileMb,
                    closedMb,
                    closeS);
        }

        /** The same result with the size of the files once the sandbox is closed, and how long closing took. */
        Result closed(double megabytes, double seconds) {
            return new Result(
                    scenario, perSecond, p50, p99, p999, max, failures, cpuMs, serverMs, writerMs, clientMs, jitMs,
                    warmedUp, fileMb, megabytes, seconds);
        }
    }

    private CmsActivationLoad() {}

    /**
     * Runs the scenarios and prints one line each.
     *
     * @param args optional scale factor of the batch sizes, then optionally a text the names of the scenarios to run
     *             contain
     * @throws Exception if a scenario cannot run
     */
    public static void main(String[] args) throws Exception {
        // TCP_NODELAY for the JDK HTTP server of the sandbox CMS, which reads this JVM-wide property once, when the
        // first JDK HTTP server starts; the sandbox, a library, leaves it to the application (see SimulatedCms).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        String only = args.length > 1 ? args[1] : "";
        List<Scenario> scenarios = Stream.of(
                        new Scenario(
                                "durable, raw HTTPS, random order",
                                true,
                                32,
                                size(20_000, scale),
                                size(60_000, scale),
                                Clients.WIRE,
                                Order.RANDOM),
                        new Scenario(
                                "durable, raw HTTPS, seeded order",
                                true,
                                32,
                                size(20_000, scale),
                                size(60_000, scale),
                                Clients.WIRE,
                                Order.SEEDED),
                        new Scenario(
                                "durable, SDK counters, random order",
                                true,
                                32,
                                size(12_000, scale),
                                size(18_000, scale),
                                Clients.SDK,
                                Order.RANDOM),
                        new Scenario(
                                "in memory, raw HTTPS, random order",
                                false,
                                32,
                                size(20_000, scale),
                                size(60_000, scale),
                                Clients.WIRE,
                                Order.RANDOM),
                        new Scenario(
                                "durable, one SDK counter, random",
                                true,
                                1,
                                size(500, scale),
                                size(2_000, scale),
                                Clients.SDK,
                                Order.RANDOM))
                .filter(scenario -> scenario.name().contains(only))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "%d CPUs, %s %s, Java %s; load average before: %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                load());
        // The JIT compiles the sandbox, the TLS stack and HSQLDB for tens of seconds: a measured batch that starts cold
        // spends up to a third of its CPU in the C2 compiler threads. One unreported round of each kind of counter
        // first, on its own sandbox, so that every scenario below measures compiled code.
        for (Clients clients : Clients.values()) {
            System.out.println("JIT warm-up: "
                    + run(new Scenario(
                            "warm-up", true, 32, size(2_000, scale), size(12_000, scale), clients, Order.RANDOM)));
        }
        for (Scenario scenario : scenarios) {
            System.out.println(run(scenario) + String.format(Locale.ROOT, "   (load average %.2f)", load()));
        }
    }

    private static int size(int n, double scale) {
        return Math.max(1, (int) Math.round(n * scale));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static Result run(Scenario scenario) throws Exception {
        Path data = Files.createTempDirectory("tscns-cms-load");
        try {
            CodeGenerator codes = new CodeGenerator(new SecureRandom());
            SimulatedCms.Builder builder = SimulatedCms.builder()
                    .operator(OperatorSeed.of(OPERATOR, OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY));
            if (scenario.durable()) {
                builder.dataDirectory(data);
            }
            List<CardSeed> cards = new ArrayList<>();
            for (int i = 0; i < scenario.warmup() + scenario.measured(); i++) {
                CardSeed card = CardSeed.synthetic(i, SimulatedCms.TUSCANY, codes);
                cards.add(card);
                builder.card(card);
            }
            if (scenario.order() == Order.RANDOM) {
                Collections.shuffle(cards, new Random(20261122L));
            }
            List<ActivateCardRequest> requests = cards.stream()
                    .map(card -> card.directActivation(
                            new DeliveryChannel(
                                    ChannelKind.EMAIL, "holder" + card.cardId().value() + "@example.org"),
                            List.<ConsentChoice>of()))
                    .toList();
            Result result;
            long closing;
            try (SimulatedCms cms = builder.start()) {
                List<Counter> counters = counters(cms, scenario);
                try {
                    int from = warmUp(counters, cards, requests, scenario.warmup());
                    long[] latencies = new long[scenario.measured()];
                    long cpu = cpuNanos();
                    long writer = threadCpuNanos(WRITER::equals);
                    long server = threadCpuNanos(SANDBOX);
                    Map<String, Long> tasks = ProcessThreads.cpuTicksByName();
                    long start = System.nanoTime();
                    Batch batch = batch(counters, cards, requests, from, scenario.measured(), latencies);
                    long elapsed = System.nanoTime() - start;
                    Map<String, Long> tasksAfter = ProcessThreads.cpuTicksByName();
                    cpu = cpuNanos() - cpu;
                    writer = threadCpuNanos(WRITER::equals) - writer;
                    server = threadCpuNanos(SANDBOX) - server;
                    if (Boolean.getBoolean("tscns.load.threads")) {
                        ProcessThreads.printDelta(tasks, tasksAfter, scenario.measured());
                    }
                    double jit = ProcessThreads.compilerMillis(tasks, tasksAfter);
                    double fileMb = size(data) / 1e6;
                    Arrays.sort(latencies);
                    double n = scenario.measured();
                    result = new Result(
                            scenario,
                            n * 1e9 / elapsed,
                            ms(latencies, 0.50),
                            ms(latencies, 0.99),
                            ms(latencies, 0.999),
                            latencies[latencies.length - 1] / 1e6,
                            batch.failures(),
                            cpu / 1e6 / n,
                            server / 1e6 / n,
                            writer / 1e6 / n,
                            batch.counterCpuNanos() / 1e6 / n,
                            jit / n,
                            from,
                            fileMb,
                            0,
                            0);
                } finally {
                    for (Counter counter : counters) {
                        counter.close();
                    }
                }
                closing = System.nanoTime();
            }
            return result.closed(size(data) / 1e6, (System.nanoTime() - closing) / 1e9);
        } finally {
            delete(data);
        }
    }

    private static final String WRITER = "sandbox-cms-writer";
    /** The sandbox's threads: its HTTP pool, its writer, the JDK server's dispatcher. */
    private static final Predicate<String> SANDBOX =
            name -> name.startsWith("sandbox-cms") || name.startsWith("HTTP-Dispatcher");

    /** CPU time of the live threads whose names match (the sandbox's threads live as long as it does). */
    private static long threadCpuNanos(Predicate<String> names) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && names.test(info.getThreadName())) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /**
     * One counter: identifies a card and activates it (the two calls of a counter's activation, Toscana manual v2.0
     * §10.1 steps 4–6), answers whether the CMS accepted it.
     */
    private interface Counter extends AutoCloseable {
        boolean activate(CardSeed card, ActivateCardRequest request) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static List<Counter> counters(SimulatedCms cms, Scenario scenario) throws Exception {
        KeyStore key = cms.operator(OPERATOR).credential().toPkcs12(OPERATOR, PASSWORD);
        List<Counter> counters = new ArrayList<>();
        if (scenario.clients() == Clients.WIRE) {
            SSLContext tls = wireTls(key, cms.caCertificate());
            for (int i = 0; i < scenario.counters(); i++) {
                WireCounter wire = new WireCounter(tls, "localhost", cms.port());
                counters.add(new Counter() {
                    @Override
                    public boolean activate(CardSeed card, ActivateCardRequest request) throws IOException {
                        IdentificationRef visit = wire.identify(card.identification());
                        return wire.activate(card.cardId().value(), request.withIdentification(visit)) == 201;
                    }

                    @Override
                    public void close() throws IOException {
                        wire.close();
                    }
                });
            }
            return counters;
        }
        for (int i = 0; i < scenario.counters(); i++) {
            CmsClient client = CmsClient.builder()
                    .baseUri(URI.create("https://localhost:" + cms.port()))
                    .credentials(OperatorCredentials.keyStore(key, PASSWORD))
                    .trustAnchors(List.of(cms.caCertificate()))
                    .build();
            counters.add(new Counter() {
                @Override
                public boolean activate(CardSeed card, ActivateCardRequest request) {
                    try (Receipt receipt = client.activateCard(
                            card.cardId(),
                            request.withIdentification(
                                    ((IdentifyResult.Match) client.identifyCard(card.identification()))
                                            .identificationRef()))) {
                        return receipt.cardId().equals(card.cardId());
                    } catch (CmsException e) {
                        return false;
                    }
                }

                @Override
                public void close() {}
            });
        }
        return counters;
    }

    private static SSLContext wireTls(KeyStore key, X509Certificate ca) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(key, PASSWORD);
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("sandbox-ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return tls;
    }

    /**
     * Warms a fresh sandbox up: batches of activations until the JIT compilers are quiet (under 5% of the process's
     * CPU over the last batch, the sandbox's start having made the JIT discard and recompile code) or the budget is
     * spent. Starting a sandbox seeds its population through the same writer and engine code with other types, which
     * invalidates compiled code; without this the measured batch pays for recompiling it.
     *
     * @return how many cards were used
     */
    private static int warmUp(
            List<Counter> counters, List<CardSeed> cards, List<ActivateCardRequest> requests, int budget)
            throws InterruptedException {
        int chunk = Math.max(1, Math.min(budget, Math.max(counters.size() * 40, budget / 12)));
        int used = 0;
        while (used < budget) {
            int count = Math.min(chunk, budget - used);
            Map<String, Long> before = ProcessThreads.cpuTicksByName();
            long cpu = cpuNanos();
            batch(counters, cards, requests, used, count, new long[count]);
            used += count;
            double jit = ProcessThreads.compilerMillis(before, ProcessThreads.cpuTicksByName());
            if (used >= 2 * chunk && jit < 0.05 * (cpuNanos() - cpu) / 1e6) {
                break;
            }
        }
        return used;
    }

    /** What a batch did: failed activations and the CPU time the counter threads used. */
    private record Batch(int failures, long counterCpuNanos) {}

    /** Activates cards {@code from .. from+count-1}, the counters taking the next card as each finishes. */
    private static Batch batch(
            List<Counter> counters,
            List<CardSeed> cards,
            List<ActivateCardRequest> requests,
            int from,
            int count,
            long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong counterCpu = new AtomicLong();
        CountDownLatch done = new CountDownLatch(counters.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Counter counter : counters) {
            Thread thread = new Thread(
                    () -> {
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        try {
                            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                                int card = from + i;
                                long t0 = System.nanoTime();
                                boolean ok;
                                try {
                                    ok = counter.activate(cards.get(card), requests.get(card));
                                } catch (IOException e) {
                                    ok = false;
                                    if (failures.get() == 0) {
                                        System.out.println("connection failed: " + e.getMessage());
                                    }
                                }
                                latencies[i] = System.nanoTime() - t0;
                                if (!ok) {
                                    failures.incrementAndGet();
                                }
                            }
                        } finally {
                            counterCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
                            done.countDown();
                        }
                    },
                    "counter");
            thread.start();
        }
        done.await();
        return new Batch(failures.get(), counterCpu.get());
    }

    private static double ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The bytes of the regular files under a directory (also {@link CmsRestart}'s). */
    static long size(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
