package io.tscns.interop;

import io.tscns.test.junit.InteropEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs OpenSC's and OpenSSL's command-line tools for the interop tests and captures what they print. */
final class OpenScTools {

    static final List<String> TOOLS = List.of("opensc-tool", "pkcs15-tool", "pkcs11-tool", "openssl");

    /** What a tool printed (standard output and error together) and its exit status. */
    record Result(int exitCode, String output) {
        Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("tool failed with status " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private OpenScTools() {}

    static void requireInstalled() {
        for (String tool : TOOLS) {
            InteropEnvironment.require(onPath(tool), tool + " is not installed; apt-get install opensc openssl");
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    static Result run(String... command) {
        try {
            Path output = Files.createTempFile("tool-", ".out");
            try {
                ProcessBuilder builder =
                        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().remove("OPENSC_DRIVER"); // every driver gets its matching APDUs
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
