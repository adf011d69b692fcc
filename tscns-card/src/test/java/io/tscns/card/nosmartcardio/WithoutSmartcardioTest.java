package io.tscns.card.nosmartcardio;

import io.tscns.card.CnsCard;
import io.tscns.core.card.CardId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                .map(WithoutSmartcardioTest::root).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Path errors = work.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath,
                "--limit-modules", "io.tscns.card",
                "--add-modules", "io.tscns.card",
                "-cp", root(TransportOnlyApplication.class).toString(),
                TransportOnlyApplication.class.getName())
                .redirectError(errors.toFile())
                .start();
        List<String> output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        int exit = child.waitFor();

        assertEquals(0, exit, () -> "the child JVM failed: " + read(errors));
        assertEquals(List.of(
                "java.smartcardio in the boot layer: false",
                "javax.smartcardio loadable: false",
                "CnsCard from: module io.tscns.card",
                "card id: 6120123456789000"), output, () -> read(errors));
    }

    /** The directory or JAR a class was loaded from, found through the class file's own URL. */
    private static Path root(Class<?> type) {
        URL url = type.getResource(type.getSimpleName() + ".class");
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.toString();
                return Path.of(new URI(spec.substring("jar:".length(), spec.indexOf("!/"))));
            }
            Path path = Path.of(url.toURI());
            for (int i = type.getName().split("\\.").length; i > 0; i--) {
                path = path.getParent();
            }
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type + " from " + url, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(standard error unreadable: " + e + ")";
        }
    }
}
