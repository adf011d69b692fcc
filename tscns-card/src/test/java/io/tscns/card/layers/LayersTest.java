package io.tscns.card.layers;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of tscns-card, read from its class files: which package of the module each package may use, and which
 * packages may use {@code javax.smartcardio}. Packages are named relative to {@code io.tscns.card} ({@code ""} is
 * the facade's own package); {@code error} is the vocabulary of failures that every layer throws.
 *
 * <p>From the bottom: the APDU values and command table ({@code apdu}) and card profiles ({@code profile}); the
 * transport and its decorators, which read APDU headers and status words; sending one command over the transport
 * ({@code apdu.internal}); the PIN-pad reader structures and the reader-control seam ({@code pinpad}), on the APDU
 * values; the file system, PIN and key operations; the facade; and on top, the only packages that need
 * {@code java.smartcardio}, the PC/SC adapter and reader monitoring; beside them, the JCA provider and TLS key
 * manager ({@code jca}), over the facade and without {@code java.smartcardio}. A layer's internal package may use its
 * own API package.
 */
class LayersTest {

    private static final String ERROR = "error";

    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            entry("apdu", Set.of()),
            entry("profile", Set.of()),
            entry(ERROR, Set.of("apdu", "profile")),
            entry("transport.internal", Set.of("apdu")),
            entry("transport", Set.of("apdu", "transport.internal")),
            entry("apdu.internal", Set.of("apdu", "transport")),
            entry("fs.internal", Set.of()),
            entry("fs", Set.of("apdu", "apdu.internal", "fs.internal", "transport")),
            entry("pinpad", Set.of("apdu")),
            entry("pin", Set.of("apdu", "apdu.internal", "pinpad", "profile", "transport")),
            entry("key", Set.of("apdu", "apdu.internal", "profile", "transport")),
            entry("generation", Set.of("fs", "profile")),
            entry("internal", Set.of("", "pinpad", "transport")),
            entry("", Set.of("fs", "generation", "internal", "key", "pin", "pinpad", "profile", "transport")),
            entry("smartcardio.internal", Set.of("internal", "pinpad", "smartcardio", "transport")),
            entry("smartcardio", Set.of("", "internal", "smartcardio.internal", "transport")),
            entry("reader.internal", Set.of("reader")),
            entry("reader", Set.of("reader.internal", "smartcardio.internal")),
            entry("jca", Set.of("", "generation", "key", "pin", "profile")));

    private static final Set<String> PCSC = Set.of("smartcardio", "smartcardio.internal", "reader", "reader.internal");

    private static final Pattern MODULE_TYPE = Pattern.compile("io/tscns/card/((?:[a-z0-9_]+/)*)[A-Z]");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertEquals(new TreeSet<>(MAY_USE.keySet()), uses.keySet(), "every package of the module has its layer");
        List<String> violations = new ArrayList<>();
        uses.forEach((from, used) -> used.stream()
                .filter(to -> !to.equals(from)
                        && !to.equals(ERROR)
                        && !MAY_USE.get(from).contains(to))
                .forEach(to -> violations.add(full(from) + " uses " + full(to))));
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyThePcscPackagesUseJavaxSmartcardio() throws IOException {
        Set<String> users = new TreeSet<>();
        for (Path file : classFiles()) {
            if (text(file).contains("javax/smartcardio/")) {
                users.add(packageOf(file));
            }
        }
        assertTrue(
                PCSC.containsAll(users),
                () -> "javax.smartcardio is used by "
                        + users.stream().map(LayersTest::full).toList());
        assertTrue(users.contains("smartcardio") && users.contains("reader"), () -> "the check sees " + users);
    }

    /** Each package of the module, with the packages of the module its classes name. */
    private static Map<String, Set<String>> packageUses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : classFiles()) {
            Set<String> used = uses.computeIfAbsent(packageOf(file), p -> new TreeSet<>());
            Matcher type = MODULE_TYPE.matcher(text(file));
            while (type.find()) {
                used.add(dotted(type.group(1)));
            }
        }
        return uses;
    }

    private static List<Path> classFiles() throws IOException {
        Path root = ClassRoots.of(CnsCard.class).resolve("io/tscns/card");
        assertTrue(Files.isDirectory(root), () -> "the module's classes are not a directory: " + root);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static String packageOf(Path classFile) {
        Path root = ClassRoots.of(CnsCard.class).resolve("io/tscns/card");
        Path directory = root.relativize(classFile.getParent());
        return dotted(directory.toString().replace(classFile.getFileSystem().getSeparator(), "/"));
    }

    private static String dotted(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.replace('/', '.');
    }

    private static String full(String relative) {
        return relative.isEmpty() ? "io.tscns.card" : "io.tscns.card." + relative;
    }

    /** A class file's bytes as text: the names of the types it uses are ASCII in its constant pool. */
    private static String text(Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    }
}
