package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.simcard.smartcardio.SimulatedTerminalProvider;
import io.tscns.test.junit.WithSimulatedCard;
import java.nio.charset.Charset;
import java.security.Security;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AtrAndReadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void cnsAtrIsRecognisedWithItsQuirks() throws Exception {
        String atr = HexFormat.of().withUpperCase().formatHex(SimulatedProfile.STINCARD.atr());
        Cli.Result result = Cli.withoutReaders().run("atr", atr, "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        JsonNode json = JSON.readTree(result.out());
        assertTrue(json.get("cns").asBoolean());
        assertEquals("1.1", json.get("cnsVersion").asText());
        assertEquals("90", json.get("pinReference").asText(), "STIncard sets the backtracking bit");
        assertTrue(json.get("rules").toString().contains("STIncard"), json::toString);
    }

    @Test
    void atrWithSpacesAsSeveralArgumentsIsAccepted() {
        Cli.Result result = Cli.withoutReaders()
                .run("atr", "3B FF 18 00 00 81 31 FE 45 00 6B 11 05 07 00 01 11 01", "43 4E 53 11 31 80 7B");
        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertTrue(result.out().contains("CNS version:"), result::out);
    }

    @Test
    void otherCardsAreExplainedAndMalformedAtrsRefused() throws Exception {
        Cli.Result cie = Cli.withoutReaders().run("atr", "3BF41800FF8131805500318000C7", "--json");
        assertTrue(cie.exited(ExitCode.FAILED), cie::toString);
        JsonNode json = JSON.readTree(cie.out());
        assertFalse(json.get("cns").asBoolean());
        assertEquals("sibling-card", json.get("reason").asText());

        Cli.Result notHex = Cli.withoutReaders().run("atr", "3BZZ");
        assertTrue(notHex.exited(ExitCode.INVALID_INPUT), notHex::toString);
        assertEquals(1, notHex.err().lines().count(), notHex::err);
        Cli.Result truncated = Cli.withoutReaders().run("atr", "3BFF18");
        assertTrue(truncated.exited(ExitCode.INVALID_INPUT), truncated::toString);
    }

    @Test
    @WithSimulatedCard(seed = 17)
    void readersListsEveryReaderAndItsCard(IssuedCard issued) throws Exception {
        SimulatedReaders readers = SimulatedReaders.create("Reader A", "Reader B");
        readers.terminal("Reader B").insert(issued.card());

        Cli.Result result = Cli.with(readers).run("readers", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals(
                "{\"readers\":[{\"name\":\"Reader A\",\"cardPresent\":false},"
                        + "{\"name\":\"Reader B\",\"cardPresent\":true}]}",
                JSON.readTree(result.out()).toString());
        Cli.Result text = Cli.with(readers).run("readers");
        assertTrue(text.out().contains("Name:"), text::out);
    }

    @Test
    @WithSimulatedCard(seed = 19)
    void watchPrintsInsertionAndRemovalUntilTheCount(IssuedCard issued) throws Exception {
        SimulatedReaders readers = SimulatedReaders.create("Reader A");
        readers.terminal("Reader A").insert(issued.card());
        AtomicReference<Cli.Result> result = new AtomicReference<>();
        java.io.ByteArrayOutputStream live = new java.io.ByteArrayOutputStream();
        Thread watch = new Thread(
                () -> result.set(Cli.with(readers).run(live, "watch", "--count", "3", "--json", "--interval", "20")));
        watch.start();
        // The first poll reports the reader and the card already there; the removal is the third event.
        while (watch.isAlive()
                && live.toString(Charset.defaultCharset()).lines().count() < 2) {
            Thread.sleep(5);
        }
        readers.terminal("Reader A").remove();
        watch.join();

        assertTrue(result.get().exited(ExitCode.OK), result.get()::toString);
        String[] lines = result.get().out().split("\n");
        assertEquals(3, lines.length, result.get()::toString);
        assertEquals("reader-attached", JSON.readTree(lines[0]).get("event").asText());
        assertEquals("card-inserted", JSON.readTree(lines[1]).get("event").asText());
        assertEquals("card-removed", JSON.readTree(lines[2]).get("event").asText());
        assertEquals("Reader A", JSON.readTree(lines[2]).get("reader").asText());
    }

    @Test
    void aRegisteredProviderIsChosenByTheSystemProperty() {
        SimulatedReaders readers = SimulatedReaders.create("Provider Reader");
        Security.addProvider(new SimulatedTerminalProvider(readers));
        System.setProperty(CliEnvironment.TERMINAL_TYPE_PROPERTY, SimulatedTerminalProvider.TYPE);
        try {
            CliEnvironment system = CliEnvironment.system();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            CliEnvironment captured = new CliEnvironment(
                    new java.io.PrintStream(out, true),
                    system.err(),
                    system.in(),
                    system.terminal(),
                    system.readers(),
                    system.clock());
            assertEquals(0, Tscns.run(captured, "readers"));
            assertTrue(
                    out.toString(Charset.defaultCharset()).contains("Provider Reader"),
                    () -> out.toString(Charset.defaultCharset()));
        } finally {
            System.clearProperty(CliEnvironment.TERMINAL_TYPE_PROPERTY);
            Security.removeProvider(SimulatedTerminalProvider.NAME);
        }
    }
}
