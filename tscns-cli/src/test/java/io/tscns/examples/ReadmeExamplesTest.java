package io.tscns.examples;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The root README's Java examples are compiled and run: each snippet between {@code <!-- example: Class#region -->}
 * and {@code <!-- /example -->} must equal the region of {@code io/tscns/examples/Class.java} between
 * {@code // tag::region[]} and {@code // end::region[]} (indentation removed), and every example class named runs.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "tscns", "examples");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- example: (\\w+)#([\\w-]+) -->\\n```java\\n(.*?)```\\n<!-- /example -->", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> readmeSnippetsAreTheRegionsOfTheExampleFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Snippet snippet : snippets()) {
            tests.add(DynamicTest.dynamicTest(snippet.type() + "#" + snippet.region(), () ->
                    assertEquals(region(snippet.type(), snippet.region()), snippet.code(),
                            "README snippet " + snippet.type() + "#" + snippet.region()
                                    + " differs from its example file; copy the region into the README")));
        }
        assertFalse(tests.isEmpty(), "the README includes at least one example");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRuns() throws IOException {
        Set<String> types = new LinkedHashSet<>();
        snippets().forEach(snippet -> types.add(snippet.type()));
        return types.stream().map(type -> DynamicTest.dynamicTest(type, () -> {
            Object example = Class.forName(ReadmeExample.class.getPackageName() + "." + type)
                    .getDeclaredConstructor().newInstance();
            assertTrue(example instanceof ReadmeExample, type + " implements ReadmeExample");
            ((ReadmeExample) example).run();
        }));
    }

    private static List<Snippet> snippets() throws IOException {
        Matcher matcher = BLOCK.matcher(Files.readString(README));
        List<Snippet> snippets = new ArrayList<>();
        while (matcher.find()) {
            snippets.add(new Snippet(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return snippets;
    }

    /** The lines between the tags, without their common indentation, each ending with a line feed. */
    static String region(String type, String region) throws IOException {
        List<String> lines = Files.readAllLines(SOURCES.resolve(type + ".java"));
        int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + region + "[]"))
                .findFirst().orElseThrow(() -> new AssertionError(type + " has no region " + region)));
        int end = start + 1;
        while (!lines.get(end).strip().equals("// end::" + region + "[]")) {
            end++;
        }
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        body.forEach(l -> text.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return text.toString();
    }

    private record Snippet(String type, String region, String code) {
    }
}
