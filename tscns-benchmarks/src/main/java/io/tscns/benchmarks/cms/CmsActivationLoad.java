package io.tscns.benchmarks.cms;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.client.protocol.ActivateCardRequest;
import io.tscns.cms.client.protocol.ChannelKind;
import io.tscns.cms.client.protocol.DeliveryChannel;
import io.tscns.cms.client.protocol.OperatorRole;
import io.tscns.cms.client.protocol.Receipt;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.testkit.cms.CardSeed;
import io.tscns.testkit.cms.OperatorSeed;
import io.tscns.testkit.cms.SimulatedCms;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Load driver for the sandbox CMS (<i>prova di carico</i>): card activations per second and their latency
 * percentiles, with N counters (threads, each with its own {@link CmsClient} and so its own HTTPS connection and TLS
 * session) activating distinct shipped cards as fast as the sandbox answers. Every activation is a full protocol
 * call: mutual TLS, JSON request, activation rules, codes split and sealed, outbox message, history line, audit
 * entry, idempotency record, and (for the file database) a group commit that reaches the file before the answer.
 *
 * <p>Scenarios, each on a fresh sandbox with its own population: durable (H2 file) with 32 counters, the target;
 * the same with an in-memory database (what durability costs); durable with one counter (what a lone counter sees,
 * and what concurrency buys). Each runs a warm-up batch, then the measured batch. Run with
 * {@code java -cp tscns-benchmarks/target/benchmarks.jar io.tscns.benchmarks.cms.CmsActivationLoad [scale]}, where
 * {@code scale} (default 1.0) multiplies the batch sizes. A load driver rather than JMH because each activation
 * consumes a card: the population has to be sized and seeded before the clock starts.
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
     */
    record Scenario(String name, boolean durable, int counters, int warmup, int measured) {
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
     */
    record Result(Scenario scenario, double perSecond, double p50, double p99, double p999, double max,
            int failures, double cpuMs, double serverMs, double writerMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s %3d counters %7d activations %8.0f /s   p50 %6.1f ms  p99 %6.1f"
                    + " ms  p99.9 %6.1f ms  max %6.1f ms  failures %d  CPU %.2f ms/activation"
                    + " (sandbox %.2f, writer %.2f)",
                    scenario.name, scenario.counters, scenario.measured, perSecond, p50, p99, p999, max, failures,
                    cpuMs, serverMs, writerMs);
        }
    }

    private CmsActivationLoad() {
    }

    /**
     * Runs the scenarios and prints one line each.
     *
     * @param args optional scale factor of the batch sizes
     * @throws Exception if a scenario cannot run
     */
    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        List<Scenario> scenarios = List.of(
                new Scenario("durable (H2 file)", true, 32, size(4_000, scale), size(16_000, scale)),
                new Scenario("in memory (not durable)", false, 32, size(4_000, scale), size(16_000, scale)),
                new Scenario("durable, one counter", true, 1, size(500, scale), size(2_000, scale)));
        System.out.printf(Locale.ROOT, "%d CPUs, %s %s, Java %s; load average before: %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), load());
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
            List<ActivateCardRequest> requests = new ArrayList<>();
            List<CardSeed> cards = new ArrayList<>();
            for (int i = 0; i < scenario.warmup() + scenario.measured(); i++) {
                CardSeed card = CardSeed.synthetic(i, SimulatedCms.TUSCANY, codes);
                cards.add(card);
                builder.card(card);
                requests.add(card.directActivation(new DeliveryChannel(ChannelKind.EMAIL, "holder" + i
                        + "@example.org"), List.of()));
            }
            try (SimulatedCms cms = builder.start()) {
                KeyStore key = cms.operator(OPERATOR).credential().toPkcs12(OPERATOR, PASSWORD);
                List<CmsClient> clients = new ArrayList<>();
                for (int i = 0; i < scenario.counters(); i++) {
                    clients.add(CmsClient.builder().baseUri(URI.create("https://localhost:" + cms.port()))
                            .credentials(OperatorCredentials.keyStore(key, PASSWORD))
                            .trustAnchors(List.of(cms.caCertificate())).build());
                }
                batch(clients, cards, requests, 0, scenario.warmup());
                long[] latencies = new long[scenario.measured()];
                long cpu = cpuNanos();
                long writer = threadCpuNanos(WRITER::equals);
                long server = threadCpuNanos(SANDBOX);
                long start = System.nanoTime();
                int failures = batch(clients, cards, requests, scenario.warmup(), scenario.measured(), latencies);
                long elapsed = System.nanoTime() - start;
                cpu = cpuNanos() - cpu;
                writer = threadCpuNanos(WRITER::equals) - writer;
                server = threadCpuNanos(SANDBOX) - server;
                Arrays.sort(latencies);
                return new Result(scenario, scenario.measured() * 1e9 / elapsed, ms(latencies, 0.50),
                        ms(latencies, 0.99), ms(latencies, 0.999), latencies[latencies.length - 1] / 1e6, failures,
                        cpu / 1e6 / scenario.measured(), server / 1e6 / scenario.measured(),
                        writer / 1e6 / scenario.measured());
            }
        } finally {
            delete(data);
        }
    }

    private static final String WRITER = "sandbox-cms-writer";
    /** The sandbox's threads: its HTTP pool, its writer, and the JDK server's dispatcher. */
    private static final Predicate<String> SANDBOX = name -> name.startsWith("sandbox-cms")
            || name.startsWith("HTTP-Dispatcher");

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

    private static int batch(List<CmsClient> clients, List<CardSeed> cards, List<ActivateCardRequest> requests,
            int from, int count) throws InterruptedException {
        return batch(clients, cards, requests, from, count, new long[count]);
    }

    /** Activates cards {@code from .. from+count-1}, the counters taking the next card as each finishes. */
    private static int batch(List<CmsClient> clients, List<CardSeed> cards, List<ActivateCardRequest> requests,
            int from, int count, long[] latencies) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (CmsClient client : clients) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        int card = from + i;
                        long t0 = System.nanoTime();
                        try (Receipt receipt = client.activateCard(cards.get(card).cardId(), requests.get(card))) {
                            latencies[i] = System.nanoTime() - t0;
                        } catch (CmsException e) {
                            latencies[i] = System.nanoTime() - t0;
                            if (failures.getAndIncrement() == 0) {
                                System.out.println("first failure: " + e.getMessage() + " " + e.violations());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "counter");
            thread.start();
        }
        done.await();
        return failures.get();
    }

    private static double ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
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
