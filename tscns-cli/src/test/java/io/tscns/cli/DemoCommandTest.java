package io.tscns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cli.demo.DemoJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tscns demo} in-process: the whole scenario, and how a failing step is reported. */
class DemoCommandTest {

    @Test
    void jsonReportsEveryStepWithItsOutcome() throws Exception {
        Cli.Result result = Cli.withoutReaders().run("demo", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("", result.err());
        DemoJson.assertSucceeded(new ObjectMapper().readTree(result.out()));
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
        assertEquals(List.of("tscns: demo step 5/13 (identify) failed: a fault was injected into step identify "
                + "(--fail-at); run without it"), text.err().lines().toList());

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
        assertTrue(result.err().contains("no demo step is named nothing; the steps are start-sandbox, issue-cards"),
                result::toString);
    }
}
