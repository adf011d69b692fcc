package io.tscns.cli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code tscns} command is an end-user tool: what it runs with (the runtime class path Maven resolves, the
 * same set the build copies next to the jar and names in its manifest) holds no test library.
 */
class RuntimeClassPathTest {

    private static final List<String> TEST_LIBRARIES =
            List.of("junit", "jqwik", "mockito", "opentest4j", "apiguardian", "byte-buddy", "objenesis", "tscns-test-");

    /** Each entry as its artifact id: the jar's name without its version, or a module's directory name. */
    static List<String> runtimeClassPath() throws IOException {
        String text =
                Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        return Arrays.stream(text.split(java.io.File.pathSeparator))
                .map(Path::of)
                .map(p -> p.endsWith(Path.of("target", "classes"))
                        ? p.getParent().getParent().getFileName()
                        : p.getFileName())
                .map(name -> name.toString().replaceAll("-[0-9][0-9.]*(-SNAPSHOT)?\\.jar$", ""))
                .toList();
    }

    @Test
    void noTestLibraryIsOnTheCommandLinesRuntimeClassPath() throws IOException {
        List<String> entries = runtimeClassPath();
        assertTrue(
                entries.contains("tscns-cms-sandbox") && entries.contains("tscns-simcard"),
                "the class path is the command line's: " + entries);
        List<String> offending = entries.stream()
                .filter(entry -> TEST_LIBRARIES.stream().anyMatch(entry::contains))
                .toList();
        assertEquals(List.of(), offending, "test libraries on the runtime class path");
    }
}
