package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cli.demo.DemoJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tscns demo} in-process: the whole scenario, and how a failing step is reported. */
class DemoCommandTest {

    @Test
    void jsonReportsEveryStepWithItsOutcomeAndOutWritesTheDocuments(@TempDir Path directory) throws Exception {
        Path out = directory.resolve("documents");
        Cli.Result result = Cli.withoutReaders().run("demo", "--json", "--out", out.toString());

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("", result.err());
        JsonNode document = new ObjectMapper().readTree(result.out());
        DemoJson.assertSucceeded(document);
        assertEquals(2, DemoJson.details(document, "activate").path("documents").asInt());
        assertEquals(
                3,
                DemoJson.details(document, "activate-delegate")
                        .path("documents")
                        .asInt());

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file::toString);
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    texts.put(
                            file.getFileName().toString(),
                            new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ") + " " + file.getFileName());
                }
            }
        }
        assertEquals(5, texts.size(), texts::toString);
        List<String> direct =
                texts.values().stream().filter(text -> text.contains("MARIO")).toList();
        List<String> delegated =
                texts.values().stream().filter(text -> text.contains("GIULIA")).toList();
        assertEquals(2, direct.size(), texts::toString);
        assertEquals(3, delegated.size(), texts::toString);
        for (String text : texts.values()) {
            String cardId = text.replaceFirst("(?s).* (\\d{16})-[a-z-]+\\.pdf$", "$1");
            assertTrue(text.contains("Numero identificativo della TS-CNS " + cardId), text);
        }
        assertTrue(
                direct.stream()
                        .anyMatch(text -> text.startsWith("Stampa riepilogativa dell'attivazione")
                                && text.contains("PIN (prima parte)")
                                && text.contains("Cognome ROSSI Nome MARIO")),
                direct::toString);
        assertTrue(
                delegated.stream()
                        .anyMatch(text -> text.startsWith("Dichiarazione sostitutiva del delegato")
                                && text.contains("Cognome VERDI Nome PAOLO")),
                delegated::toString);
    }

    @Test
    void aFailingStepStopsTheDemoWithOneLineAndANonZeroExit() throws Exception {
        Cli.Result text = Cli.withoutReaders().run("demo", "--fail-at", "identify");

        assertTrue(text.exited(ExitCode.FAILED), text::toString);
        List<String> lines = text.out().lines().toList();
        assertEquals(5, lines.size(), text::toString);
        for (int i = 0; i < 4; i++) {
            assertTrue(lines.get(i).matches("\\[" + (i + 1) + "/13\\] .* … ok \\(.+\\)"), lines.get(i));
        }
        assertTrue(lines.get(4).matches("\\[5/13\\] the pharmacist identifies the holder … FAILED"), lines.get(4));
        assertEquals(
                List.of("tscns: demo step 5/13 (identify) failed: a fault was injected into step identify "
                        + "(--fail-at); run without it"),
                text.err().lines().toList());

        Cli.Result json = Cli.withoutReaders().run("demo", "--json", "--fail-at", "audit");
        assertTrue(json.exited(ExitCode.FAILED), json::toString);
        assertEquals(1, json.err().lines().count(), json::toString);
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertEquals("FAILED", document.path("outcome").asText());
        JsonNode steps = document.path("steps");
        for (int i = 0; i < 12; i++) {
            assertEquals("OK", steps.get(i).path("outcome").asText(), steps.get(i)::toPrettyString);
        }
        assertEquals("FAILED", steps.get(12).path("outcome").asText());
        assertTrue(steps.get(12).path("error").asText().startsWith("a fault was injected"));
    }

    @Test
    void anUnknownStepIsAUsageError() {
        Cli.Result result = Cli.withoutReaders().run("demo", "--fail-at", "nothing");

        assertTrue(result.exited(ExitCode.USAGE), result::toString);
        assertTrue(
                result.err().contains("no demo step is named nothing; the steps are start-sandbox, issue-cards"),
                result::toString);
    }
}
