package io.tscns.card.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.card.CnsCard;
import io.tscns.core.card.CardId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * tscns-card without {@code java.smartcardio}: a child JVM whose observable modules are limited to
 * {@code io.tscns.card} and what it requires ({@code --limit-modules}), which leaves out {@code java.smartcardio}
 * since the module requires it {@code static}, runs {@link TransportOnlyApplication} from the class path: it opens a
 * {@link CnsCard} over a recorded script, reads the card id, and reports that {@code java.smartcardio} is absent.
 */
class WithoutSmartcardioTest {

    @Test
    void aCardOverAnotherTransportNeedsNoJavaSmartcardio(@TempDir Path work) throws Exception {
        String modulePath = Stream.of(CnsCard.class, CardId.class, LoggerFactory.class)
                .map(ClassRoots::of)
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Path errors = work.resolve("stderr.txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        modulePath,
                        "--limit-modules",
                        "io.tscns.card",
                        "--add-modules",
                        "io.tscns.card",
                        "-cp",
                        ClassRoots.of(TransportOnlyApplication.class).toString(),
                        TransportOnlyApplication.class.getName())
                .redirectError(errors.toFile())
                .start();
        List<String> output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        int exit = child.waitFor();

        assertEquals(0, exit, () -> "the child JVM failed: " + read(errors));
        assertEquals(
                List.of(
                        "java.smartcardio in the boot layer: false",
                        "javax.smartcardio loadable: false",
                        "CnsCard from: module io.tscns.card",
                        "card id: 6120123456789000"),
                output,
                () -> read(errors));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(standard error unreadable: " + e + ")";
        }
    }
}
