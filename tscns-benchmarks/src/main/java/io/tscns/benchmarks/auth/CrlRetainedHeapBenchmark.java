package io.tscns.benchmarks.auth;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retained heap of a loaded 1,000,000-entry CRL: after each load the object is kept reachable, the heap is
 * collected until its used size stops shrinking and measured, then the object is dropped, the heap collected and
 * measured again; the difference is what the object retains. Printed as {@code retained-heap} lines, one per
 * iteration, for tscns's {@link RevocationList} and the JDK's {@code X509CRL}. (The time JMH reports here is a
 * single load and not the figure of interest; {@link CrlLoadBenchmark} measures load time.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseG1GC"})
public class CrlRetainedHeapBenchmark {

    /** Which implementation loads the CRL. */
    @Param({"tscns", "jdk"})
    public String implementation;

    private Path file;
    private X509Certificate issuer;
    private Object loaded;

    /** Writes the CRL. */
    @Setup
    public void setUp() {
        file = NationalCrl.file();
        issuer = NationalCrl.issuer();
    }

    /**
     * Loads the CRL and keeps it.
     *
     * @throws Exception never for this input
     */
    @Benchmark
    public void load() throws Exception {
        if ("tscns".equals(implementation)) {
            loaded = RevocationList.load(file, issuer, CrlLimits.DEFAULT);
        } else {
            loaded = NationalCrl.parseWithJdk();
        }
    }

    /** Measures what the loaded object retains, then drops it. */
    @TearDown(Level.Iteration)
    public void measure() {
        long withObject = settledHeap();
        String description = String.valueOf(loaded)
                .substring(0, Math.min(60, String.valueOf(loaded).length()));
        loaded = null;
        long without = settledHeap();
        System.out.printf(
                "%nretained-heap %s: %.1f MB (%s...)%n",
                implementation, (withObject - without) / 1e6, description.replace('\n', ' '));
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int round = 0; round < 10; round++) {
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (used >= previous - 1_000_000) {
                break;
            }
            previous = used;
        }
        return used;
    }
}
