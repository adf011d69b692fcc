package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.test.junit.WithSimulatedCard;
import org.junit.jupiter.api.Test;

/** PIN and PUK states as numbers and booleans: {@code pin status --json} and the JSON of every PIN failure. */
@WithSimulatedCard(seed = 13)
class PinStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void statusGivesNumbersAndBooleans(SimulatedReaders readers) throws Exception {
        Cli.Result result = Cli.with(readers).run("pin", "status", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        JsonNode json = JSON.readTree(result.out());
        assertEquals(1, json.get("schemaVersion").asInt());
        assertTrue(json.get("pinTriesLeft").isInt() && json.get("pinTriesLeft").asInt() == 3, json::toString);
        assertTrue(json.get("pinBlocked").isBoolean() && !json.get("pinBlocked").asBoolean(), json::toString);
        assertFalse(json.get("pinVerified").asBoolean());
        assertEquals(10, json.get("pukTriesLeft").asInt());
        assertFalse(json.get("pukBlocked").asBoolean());

        Cli.Result text = Cli.with(readers).run("pin", "status");
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("PIN tries left:") && l.endsWith(" 3")), text::out);
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("PUK blocked:") && l.endsWith(" no")), text::out);
    }

    @Test
    void aWrongPinInJsonCarriesTheStates(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Cli.Result result = Cli.with(readers)
                .stdin(PinCommandTest.wrongPin(issued) + "\n")
                .run("pin", "verify", "--pin-stdin", "--json");

        assertTrue(result.exited(ExitCode.WRONG_PIN), result::toString);
        assertTrue(result.err().startsWith("tscns: wrong PIN: 2 tries left"), result::err);
        JsonNode json = JSON.readTree(result.out());
        assertEquals("verify", json.get("operation").asText());
        assertEquals("wrong-pin", json.get("outcome").asText());
        assertEquals(2, json.get("pinTriesLeft").asInt());
        assertFalse(json.get("pinBlocked").asBoolean());
        assertEquals(10, json.get("pukTriesLeft").asInt());
        assertTrue(json.get("message").asText().startsWith("wrong PIN: 2 tries left"), json::toString);
    }

    @Test
    void aBlockedPinGivesThePukTriesLeftWithoutSpendingOne(SimulatedReaders readers, IssuedCard issued)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            Cli.with(readers).stdin(PinCommandTest.wrongPin(issued) + "\n").run("pin", "verify", "--pin-stdin");
        }
        Cli.with(readers).stdin("00000000\n" + "12345\n").run("pin", "unblock", "--pin-stdin");
        int pukTriesBefore = issued.card().securityStatus().pukTriesLeft();
        assertEquals(9, pukTriesBefore, "one wrong PUK");

        Cli.Result text =
                Cli.with(readers).stdin(PinCommandTest.pin(issued) + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(text.exited(ExitCode.BLOCKED), text::toString);
        assertEquals(
                "tscns: the PIN is blocked (9 PUK tries left): unblock it with the PUK, `tscns pin unblock`\n",
                text.err());

        Cli.Result json = Cli.with(readers)
                .stdin(PinCommandTest.pin(issued) + "\n")
                .run("pin", "verify", "--pin-stdin", "--json");
        assertTrue(json.exited(ExitCode.BLOCKED), json::toString);
        JsonNode document = JSON.readTree(json.out());
        assertEquals("blocked-pin", document.get("outcome").asText());
        assertEquals(0, document.get("pinTriesLeft").asInt());
        assertTrue(document.get("pinBlocked").asBoolean());
        assertEquals(9, document.get("pukTriesLeft").asInt());
        assertFalse(document.get("pukBlocked").asBoolean());
        assertTrue(document.get("message").asText().contains("9 PUK tries left"), document::toString);

        assertEquals(pukTriesBefore, issued.card().securityStatus().pukTriesLeft(), "no PUK try was spent");
    }

    @Test
    void aSuccessInJsonIsADocumentToo(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Cli.Result result = Cli.with(readers)
                .stdin(PinCommandTest.pin(issued) + "\n")
                .run("pin", "verify", "--pin-stdin", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("", result.err());
        JsonNode json = JSON.readTree(result.out());
        assertEquals("accepted", json.get("outcome").asText());
        assertTrue(json.get("pinVerified").asBoolean(), json::toString);
        assertTrue(json.get("pinTriesLeft").isNull(), "a verified PIN's counter is not reported: " + json);
        SecretLeaks.assertNone(result.out(), PinCommandTest.pin(issued));
    }
}
