package io.tscns.benchmarks.cms;

import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.audit.AuditVerification;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Restarts a sandbox CMS on a data directory left by a killed process and reports what the restart cost: the time to
 * start (HSQLDB replays its write-ahead log), the audit chain verified after it, the heap the open sandbox holds, and
 * the time to close it (a checkpoint). {@code crash-replay.sh} kills a {@link CmsActivationLoad} run with SIGKILL once
 * its log reaches a size and runs this on what it left. Run with {@code java -cp
 * tscns-benchmarks/target/benchmarks.jar io.tscns.benchmarks.cms.CmsRestart <data directory>}.
 */
public final class CmsRestart {

    private CmsRestart() {}

    /**
     * Runs the restart.
     *
     * @param args the data directory
     * @throws IOException if the directory cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CmsRestart <data directory>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        System.out.printf(
                Locale.ROOT,
                "log %.0f MB, data directory %.0f MB%n",
                Files.size(data.resolve("cms.log")) / 1e6,
                CmsActivationLoad.size(data) / 1e6);
        // The server's TLS credential is made before the clock starts: the restart time is the database's.
        TestPki pki = TestPki.standard();
        pki.localhostServerCredential();
        SimulatedCms.Builder builder = SimulatedCms.builder().pki(pki).dataDirectory(data);
        Runtime runtime = Runtime.getRuntime();
        long before = usedHeap(runtime);
        long start = System.nanoTime();
        try (SimulatedCms cms = builder.start()) {
            double started = (System.nanoTime() - start) / 1e9;
            AuditVerification audit = cms.verifyAudit();
            long count = audit instanceof AuditVerification.Intact intact ? intact.count() : -1;
            System.out.printf(
                    Locale.ROOT,
                    "started (log replayed) in %.1f s; audit chain %s, %d entries; heap held"
                            + " by the open sandbox %.0f MB%n",
                    started,
                    audit.isIntact() ? "intact" : "BROKEN",
                    count,
                    (usedHeap(runtime) - before) / 1e6);
            start = System.nanoTime();
        }
        System.out.printf(Locale.ROOT, "closed (checkpoint) in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static long usedHeap(Runtime runtime) {
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
