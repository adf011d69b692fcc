package io.tscns.benchmarks.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Spring login benchmark, briefly, in the interop run: both chains built over the same 1,000,000-entry CRL, the
 * valid card accepted by both (tscns as its codice fiscale, the stock chain as the whole CN), the card listed on the
 * CRL refused by both, and the CRL reloaded while logins run. The figures go to
 * {@code target/spring-filter-login-benchmark.md}; speed is not asserted (a shared 2-core machine), the README's
 * figures come from a longer run of the same driver.
 */
class SpringFilterLoginBenchmarkIT {

    @Test
    void bothChainsRunOverTheSameMillionEntryCrlAndTheFiguresAreWritten() throws Exception {
        SpringFilterLoginBenchmark.Report report = SpringFilterLoginBenchmark.run(
                new SpringFilterLoginBenchmark.Settings(Duration.ofSeconds(2), Duration.ofSeconds(4), 2));
        assertEquals("RSSMRA80A01H501U", report.tscnsPrincipal());
        assertTrue(report.stockPrincipal().startsWith("RSSMRA80A01H501U/6090123456789000."), report.stockPrincipal());
        assertTrue(report.revokedRefused(), "both chains refuse the card on the CRL");
        assertTrue(report.tscnsPerSecond() > 0 && report.stockPerSecond() > 0, report.table());
        assertTrue(report.refreshes() > 0, "the CRL was reloaded during the refreshing phase");
        assertTrue(report.quiet().count() > 0 && report.refreshing().count() > 0, report.table());
        Files.writeString(Path.of("target/spring-filter-login-benchmark.md"), report.table());
        System.out.println(report.table());
    }
}
