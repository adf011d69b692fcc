package io.tscns.simcard.smartcardio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link SimulatedTerminalProvider#installAsDefault} changes what {@code TerminalFactory.getDefault()} returns for a
 * whole JVM, so it runs in a JVM of its own ({@link InstallAsDefaultMain}).
 */
class InstallAsDefaultTest {

    @Test
    void getDefaultShowsTheSimulatedReadersInAFreshJvm() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        InstallAsDefaultMain.class.getName())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("default type TscnsSimulated"), output);
        assertTrue(output.contains("readers [Default A] card 6120123456789000"), output);
        assertTrue(output.contains("second install refused"), output);
    }
}
