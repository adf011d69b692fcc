package io.tscns.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 acceptance: the {@code ./tscns demo --json} launcher, run as a subprocess as a user runs it on a fresh
 * clone, reports every step of the scenario with its expected outcome.
 */
class DemoLauncherIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theLauncherRunsTheWholeScenario() throws Exception {
        Path out = Files.createTempFile("tscns-demo-out", ".json");
        Path err = Files.createTempFile("tscns-demo-err", ".txt");
        try {
            Process process = new ProcessBuilder(ROOT.resolve("tscns").toString(), "demo", "--json")
                    .directory(ROOT.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./tscns demo --json did not end");
            }
            assertEquals(0, process.exitValue(), () -> read(err));
            DemoJson.assertSucceeded(new ObjectMapper().readTree(out.toFile()));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
