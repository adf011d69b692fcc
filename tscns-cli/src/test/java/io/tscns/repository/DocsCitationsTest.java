package io.tscns.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Facts live in the repository's {@code docs/}: every citation in the code and the READMEs, such as
 * {@code docs/card.md §4.3} or {@code docs/cms.md §6.2–§6.4}, names a section that {@code docs/} has, and nothing
 * cites a file outside the repository.
 */
class DocsCitationsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ITEM =
            Pattern.compile("§\\s?([0-9]+(?:\\.[0-9]+)*)(?:\\s*[–-]\\s*§?([0-9]+(?:\\.[0-9]+)*))?");
    private static final Pattern CITATION = Pattern.compile(
            "docs/(card|cms|pcsc|prior-art|seeds)\\.md((?:(?:[\\s,}]|\\band\\b|\\{@code)*" + ITEM.pattern() + ")*)");
    private static final Pattern HEADING = Pattern.compile("^#+\\s+([0-9]+[a-z]?(?:\\.[0-9]+)*)[.\\s]");
    /** The research notes and source texts the project started from, which live outside the repository. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "(?<![\\w/.-])(cns-card|cms-domain|pcsc-stack|anchors)\\.md|shared/(reference|seeds)|seeds/[\\w.-]+\\.txt");

    @Test
    void everyCitedSectionExistsInDocs() throws IOException {
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : sources()) {
            String text = joined(file);
            Matcher citation = CITATION.matcher(text);
            while (citation.find()) {
                Set<String> headings = headings(ROOT.resolve("docs").resolve(citation.group(1) + ".md"));
                Matcher item = ITEM.matcher(citation.group(2));
                while (item.find()) {
                    for (String number : expand(item.group(1), item.group(2))) {
                        citations++;
                        if (!headings.contains(number)) {
                            missing.add(ROOT.relativize(file) + ": docs/" + citation.group(1) + ".md §" + number);
                        }
                    }
                }
            }
        }
        assertTrue(citations > 100, "the code cites docs/ (found " + citations + " citations)");
        assertEquals(List.of(), missing, "cited sections with no heading in docs/");
    }

    @Test
    void nothingCitesAFileOutsideTheRepository() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (Path file : sources()) {
            if (OUTSIDE.matcher(Files.readString(file)).find()) {
                offenders.add(ROOT.relativize(file).toString());
            }
        }
        assertEquals(Set.of(), offenders, "cite docs/ instead");
    }

    /** Sources and READMEs outside docs/ and build output. */
    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> ROOT.relativize(p)
                            .toString()
                            .matches("(?!docs/|\\.git/|.*/target/|.*node_modules/|.*/\\.jqwik).*"))
                    .filter(p -> p.toString().matches(".*\\.(java|md|yaml|yml|xml|properties|sh)$")
                            || p.endsWith(Path.of(".ci", "run")))
                    .filter(p -> !p.equals(Path.of("")
                            .toAbsolutePath()
                            .resolve("src/test/java/io/tscns/repository/DocsCitationsTest.java")))
                    .toList();
        }
    }

    /** The text with comment continuations joined, so a citation broken across Javadoc lines is one line. */
    private static String joined(Path file) throws IOException {
        try {
            return Files.readString(file).replaceAll("\\n\\s*(?:\\*(?!/)|//|#)?\\s*", " ");
        } catch (MalformedInputException e) {
            return "";
        }
    }

    private static Set<String> headings(Path docs) {
        Set<String> numbers = new HashSet<>();
        try {
            for (String line : Files.readAllLines(docs)) {
                Matcher m = HEADING.matcher(line);
                if (m.find()) {
                    numbers.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }

    private static List<String> expand(String first, String last) {
        if (last == null) {
            return List.of(first);
        }
        if (first.contains(".") || last.contains(".")) {
            return List.of(first, last);
        }
        List<String> all = new ArrayList<>();
        for (int n = Integer.parseInt(first); n <= Integer.parseInt(last); n++) {
            all.add(Integer.toString(n));
        }
        return all;
    }
}
