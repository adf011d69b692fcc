package io.tscns.cli;

import static io.tscns.cli.PinCommandTest.pin;
import static io.tscns.cli.PinCommandTest.puk;
import static io.tscns.cli.PinCommandTest.wrongPin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedKeypad;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.WithSimulatedCard;
import org.junit.jupiter.api.Test;

/** {@code tscns pin} on a PIN-pad reader: the codes are typed on the simulated reader's keypad, never here. */
@WithSimulatedCard(seed = 11)
class PinPadCommandTest {

    private static final String NEW_PIN = "97531";

    private final SimulatedKeypad keypad = SimulatedKeypad.create();

    @Test
    void verifyAsksForThePinOnTheReader(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        keypad.type(pin(issued));
        Cli.Result result = Cli.with(readers).run("pin", "verify");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("PIN verified.\n", result.out());
        assertEquals("Enter the PIN on the reader.\n", result.err());
        assertEquals(0, keypad.pending());
    }

    @Test
    void aWrongPinOnTheReaderReportsTheTriesLeft(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        keypad.type(wrongPin(issued));
        Cli.Result result = Cli.with(readers).run("pin", "verify");

        assertTrue(result.exited(ExitCode.WRONG_PIN), result::toString);
        assertTrue(result.err().contains("tscns: wrong PIN: 2 tries left"), result::err);
    }

    @Test
    void changeAndUnblockSayWhichCodesToType(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        keypad.type(pin(issued)).type(NEW_PIN).type(NEW_PIN);
        Cli.Result changed = Cli.with(readers).run("pin", "change");
        assertTrue(changed.exited(ExitCode.OK), changed::toString);
        assertEquals("PIN changed.\n", changed.out());
        assertEquals("Enter on the reader the current PIN, then the new PIN twice.\n", changed.err());

        keypad.type(puk(issued)).type(pin(issued)).type(pin(issued));
        Cli.Result unblocked = Cli.with(readers).run("pin", "unblock");
        assertTrue(unblocked.exited(ExitCode.OK), unblocked::toString);
        assertEquals("PIN unblocked and changed.\n", unblocked.out());
        assertEquals("Enter on the reader the PUK, then the new PIN twice.\n", unblocked.err());

        keypad.type(puk(issued));
        Cli.Result kept = Cli.with(readers).run("pin", "unblock", "--keep-pin");
        assertTrue(kept.exited(ExitCode.OK), kept::toString);
        assertEquals("Enter the PUK on the reader.\n", kept.err());
        assertTrue(
                Cli.with(readers)
                        .stdin(pin(issued) + "\n")
                        .run("pin", "verify", "--pin-stdin")
                        .exited(ExitCode.OK),
                "the unblock set the PIN typed on the reader");
    }

    @Test
    void cancelOnTheReaderFailsWithoutSpendingATry(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        keypad.pressCancel().walkAway();
        Cli.Result cancelled = Cli.with(readers).run("pin", "verify");
        assertTrue(cancelled.exited(ExitCode.FAILED), cancelled::toString);
        assertTrue(cancelled.err().contains("cancelled on the reader; no try was spent"), cancelled::err);

        Cli.Result timedOut = Cli.with(readers).run("pin", "verify");
        assertTrue(timedOut.err().contains("not entered on the reader in time"), timedOut::err);
        assertEquals(3, issued.card().securityStatus().pinTriesLeft());
    }

    @Test
    void differentNewEntriesOnTheReaderAreInvalidInput(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        keypad.type(pin(issued)).type(NEW_PIN).type("97532");
        Cli.Result result = Cli.with(readers).run("pin", "change");

        assertTrue(result.exited(ExitCode.INVALID_INPUT), result::toString);
        assertTrue(result.err().contains("the two entries of the new PIN on the reader differ"), result::err);
    }

    @Test
    void keyboardAndStdinKeepTheCodesAtThisComputer(SimulatedReaders readers, IssuedCard issued) {
        attach(readers);
        Cli.Result typed =
                Cli.with(readers).terminal(prompt -> pin(issued).toCharArray()).run("pin", "verify", "--keyboard");
        assertTrue(typed.exited(ExitCode.OK), typed::toString);
        Cli.Result piped = Cli.with(readers).stdin(pin(issued) + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(piped.exited(ExitCode.OK), piped::toString);

        assertEquals(0, keypad.requests(), "the reader's keypad was never asked");
        assertFalse(typed.err().contains("on the reader"), typed::err);
    }

    private void attach(SimulatedReaders readers) {
        readers.terminals().get(0).attachKeypad(keypad);
    }
}
