package io.tscns.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The READMEs' Java examples are compiled and run: each snippet between {@code <!-- example: Source#region -->}
 * and {@code <!-- /example -->}, in the root README or a module's, must equal the region of its source between
 * {@code // tag::region[]} and {@code // end::region[]} (indentation removed). {@code Source} is either the name of
 * a class in {@code io/tscns/examples} of this module, which implements {@link ReadmeExample} and is run here, or
 * a path from the repository root to a test class of another module (for examples that are themselves JUnit tests
 * or jqwik properties), which that module's build runs.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "tscns", "examples");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- example: ([\\w/.-]+)#([\\w-]+) -->\\n```java\\n(.*?)```\\n<!-- /example -->", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> readmeSnippetsAreTheRegionsOfTheExampleFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Snippet snippet : snippets()) {
            tests.add(DynamicTest.dynamicTest(
                    snippet.readme() + ": " + snippet.source() + "#" + snippet.region(),
                    () -> assertEquals(
                            region(snippet.source(), snippet.region()),
                            snippet.code(),
                            snippet.readme() + " snippet " + snippet.source() + "#" + snippet.region()
                                    + " differs from its example file; copy the region into the README")));
        }
        assertFalse(tests.isEmpty(), "the READMEs include at least one example");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfThisModuleRuns() throws IOException {
        Set<String> types = new LinkedHashSet<>();
        snippets().stream()
                .filter(snippet -> !snippet.source().contains("/"))
                .forEach(snippet -> types.add(snippet.source()));
        return types.stream()
                .map(type -> DynamicTest.dynamicTest(type, () -> {
                    Object example = Class.forName(ReadmeExample.class.getPackageName() + "." + type)
                            .getDeclaredConstructor()
                            .newInstance();
                    assertTrue(example instanceof ReadmeExample, type + " implements ReadmeExample");
                    ((ReadmeExample) example).run();
                }));
    }

    @TestFactory
    Stream<DynamicTest> examplesOfOtherModulesAreTestsTheirBuildRuns() throws IOException {
        return snippets().stream()
                .filter(snippet -> snippet.source().contains("/"))
                .map(Snippet::source)
                .distinct()
                .map(
                        source -> DynamicTest.dynamicTest(
                                source,
                                () -> assertTrue(
                                        source.matches("tscns-[\\w-]+/src/test/java/.*(Test|Properties)\\.java"),
                                        source
                                                + " is a test class of a module (named *Test or *Properties), so surefire runs it")));
    }

    /** Every README of the repository: the root one and each module's. */
    private static List<Path> readmes() throws IOException {
        List<Path> readmes = new ArrayList<>();
        readmes.add(ROOT.resolve("README.md"));
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.filter(dir -> dir.getFileName().toString().startsWith("tscns-"))
                    .map(dir -> dir.resolve("README.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(readmes::add);
        }
        return readmes;
    }

    private static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path readme : readmes()) {
            Matcher matcher = BLOCK.matcher(Files.readString(readme));
            while (matcher.find()) {
                snippets.add(new Snippet(
                        ROOT.relativize(readme).toString(), matcher.group(1), matcher.group(2), matcher.group(3)));
            }
        }
        return snippets;
    }

    /** The lines between the tags, without their common indentation, each ending with a line feed. */
    static String region(String source, String region) throws IOException {
        Path file = source.contains("/") ? ROOT.resolve(source) : SOURCES.resolve(source + ".java");
        List<String> lines = Files.readAllLines(file);
        int start = lines.indexOf(lines.stream()
                .filter(l -> l.strip().equals("// tag::" + region + "[]"))
                .findFirst().orElseThrow(() -> new AssertionError(source + " has no region " + region)));
        int end = start + 1;
        while (!lines.get(end).strip().equals("// end::" + region + "[]")) {
            end++;
        }
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        body.forEach(l -> text.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return text.toString();
    }

    private record Snippet(String readme, String source, String region, String code) {}
}
