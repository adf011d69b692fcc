package io.tscns.benchmarks.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process by name, native ones included (GC, JIT compilers, the database's
 * background threads), read from Linux's {@code /proc/self/task}: where the CPU of a load run went beyond the threads
 * the JVM names. Empty on other systems.
 */
final class ProcessThreads {

    private ProcessThreads() {}

    /** Clock ticks (user + system) per thread name, digits and separators at the end folded. */
    static Map<String, Long> cpuTicksByName() {
        Map<String, Long> ticks = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[-#\\s]*\\d+$", "");
                    String[] fields = stat.substring(close + 2).split(" ");
                    long cpu = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks.merge(name, cpu, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** CPU time of the JIT compiler threads between two readings, ms (100 ticks per second). */
    static double compilerMillis(Map<String, Long> before, Map<String, Long> after) {
        double ms = 0;
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            if (entry.getKey().contains("Compiler")) {
                ms += (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) * 10.0;
            }
        }
        return ms;
    }

    /** Prints the ms per operation each thread name used between two readings (100 ticks per second). */
    static void printDelta(Map<String, Long> before, Map<String, Long> after, int operations) {
        after.forEach((name, ticks) -> {
            long delta = ticks - before.getOrDefault(name, 0L);
            if (delta > 0) {
                System.out.printf(Locale.ROOT, "    %-24s %.3f ms/op%n", name, delta * 10.0 / operations);
            }
        });
    }
}
