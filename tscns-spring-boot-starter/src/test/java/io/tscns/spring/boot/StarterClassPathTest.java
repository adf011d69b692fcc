package io.tscns.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a service provider's application gets from the starter: its runtime class path (as Maven resolves it, written
 * by the build to {@code target/runtime-classpath.txt}) holds tscns-auth and Spring, and no test library; the
 * servlet API stays the container's.
 */
class StarterClassPathTest {

    private static final Pattern NOT_AT_RUNTIME = Pattern.compile(
            "junit|jqwik|mockito|opentest4j|apiguardian|assertj|byte-buddy|objenesis|tscns-test|spring-test|"
                    + "spring-boot-test|logback|hsqldb|postgresql|jakarta\\.servlet-api");

    @Test
    void noTestLibraryReachesTheRuntimeClassPath() throws IOException {
        List<String> jars = List.of(Files.readString(Path.of("target", "runtime-classpath.txt"))
                        .strip()
                        .split(File.pathSeparator))
                .stream()
                .map(Path::of)
                // A reactor module not yet packaged is its target/classes: named by the module's directory.
                .map(entry -> entry.endsWith(Path.of("target", "classes"))
                        ? entry.getParent().getParent() + "-"
                        : entry.toString())
                .map(entry -> Path.of(entry).getFileName().toString())
                .toList();
        assertTrue(
                jars.stream().anyMatch(jar -> jar.startsWith("tscns-auth-"))
                        && jars.stream().anyMatch(jar -> jar.startsWith("spring-boot-autoconfigure-")),
                jars.toString());
        assertEquals(
                List.of(),
                jars.stream().filter(jar -> NOT_AT_RUNTIME.matcher(jar).find()).toList());
    }
}
