package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.test.junit.WithSimulatedCard;
import org.junit.jupiter.api.Test;

@WithSimulatedCard(seed = 11)
class PinCommandTest {

    private static final String NEW_PIN = "97531";

    @Test
    void rightPinIsVerified(SimulatedReaders readers, IssuedCard issued) {
        Cli.Result result = Cli.with(readers).stdin(pin(issued) + "\n").run("pin", "verify", "--pin-stdin");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("PIN verified.\n", result.out());
    }

    @Test
    void wrongPinReportsTheTriesLeftThenBlocks(SimulatedReaders readers, IssuedCard issued) {
        String wrong = wrongPin(issued);
        Cli.Result first = Cli.with(readers).stdin(wrong + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(first.exited(ExitCode.WRONG_PIN), first::toString);
        assertEquals(1, first.err().lines().count(), first::err);
        assertTrue(first.err().startsWith("tscns: wrong PIN: 2 tries left"), first::err);

        Cli.Result second = Cli.with(readers).stdin(wrong + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(second.err().startsWith("tscns: wrong PIN: 1 try left"), second::err);
        // The last wrong try: the card answers 63C0 (wrong, no tries left), which is a blocked PIN already.
        Cli.Result third = Cli.with(readers).stdin(wrong + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(third.exited(ExitCode.BLOCKED), third::toString);
        assertTrue(third.err().contains("`tscns pin unblock`"), third::err);

        Cli.Result blocked = Cli.with(readers).stdin(pin(issued) + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(blocked.exited(ExitCode.BLOCKED), blocked::toString);
        assertTrue(blocked.err().contains("`tscns pin unblock`"), blocked::err);

        Cli.Result unblocked =
                Cli.with(readers).stdin(puk(issued) + "\n" + NEW_PIN + "\n").run("pin", "unblock", "--pin-stdin");
        assertTrue(unblocked.exited(ExitCode.OK), unblocked::toString);
        assertEquals("PIN unblocked and changed.\n", unblocked.out());
        Cli.Result verified = Cli.with(readers).stdin(NEW_PIN + "\n").run("pin", "verify", "--pin-stdin");
        assertTrue(verified.exited(ExitCode.OK), verified::toString);
    }

    @Test
    void changeSetsTheNewPin(SimulatedReaders readers, IssuedCard issued) {
        Cli.Result changed =
                Cli.with(readers).stdin(pin(issued) + "\n" + NEW_PIN + "\n").run("pin", "change", "--pin-stdin");
        assertTrue(changed.exited(ExitCode.OK), changed::toString);
        assertEquals("PIN changed.\n", changed.out());

        assertTrue(Cli.with(readers)
                .stdin(NEW_PIN + "\n")
                .run("pin", "verify", "--pin-stdin")
                .exited(ExitCode.OK));
        assertTrue(Cli.with(readers)
                .stdin(pin(issued) + "\n")
                .run("pin", "verify", "--pin-stdin")
                .exited(ExitCode.WRONG_PIN));
    }

    @Test
    void terminalAsksTheNewPinTwiceAndRefusesAMismatch(SimulatedReaders readers, IssuedCard issued) {
        String[] typed = {pin(issued), NEW_PIN, "97532"};
        int[] next = {0};
        Cli.Result result = Cli.with(readers)
                .terminal(prompt -> typed[next[0]++].toCharArray())
                .run("pin", "change");

        assertTrue(result.exited(ExitCode.INVALID_INPUT), result::toString);
        assertTrue(result.err().contains("the two entries of the new PIN differ; nothing was changed"), result::err);
        assertEquals(3, next[0]);
        assertTrue(
                Cli.with(readers)
                        .stdin(pin(issued) + "\n")
                        .run("pin", "verify", "--pin-stdin")
                        .exited(ExitCode.OK),
                "the PIN is unchanged");
    }

    @Test
    void malformedPinSpendsNoTry(SimulatedReaders readers, IssuedCard issued) {
        Cli.Result result = Cli.with(readers).stdin("12a4\n").run("pin", "verify", "--pin-stdin");

        assertTrue(result.exited(ExitCode.INVALID_INPUT), result::toString);
        assertEquals(1, result.err().lines().count(), result::err);
        assertFalse(result.err().contains("12a4"), result::err);
        Cli.Result status = Cli.with(readers).run("pin", "status", "--json");
        assertTrue(status.out().contains("\"pinTriesLeft\" : 3"), status::toString);
    }

    @Test
    void withoutTerminalOrStdinTheSecretIsNotAskedFor(SimulatedReaders readers) {
        Cli.Result result = Cli.with(readers).run("pin", "verify");

        assertTrue(result.exited(ExitCode.USAGE), result::toString);
        assertTrue(result.err().contains("pass --pin-stdin"), result::err);
    }

    @Test
    void emptyStdinIsInvalidInput(SimulatedReaders readers) {
        Cli.Result result = Cli.with(readers).run("pin", "verify", "--pin-stdin");

        assertTrue(result.exited(ExitCode.INVALID_INPUT), result::toString);
        assertTrue(result.err().contains("standard input ended before the PIN"), result::err);
    }

    @Test
    void secretsNeverAppearInOutputOrTraceEvenVerbose(SimulatedReaders readers, IssuedCard issued) {
        String pin = pin(issued);
        String puk = puk(issued);
        StringBuilder everything = new StringBuilder();
        Cli.Result verify = Cli.with(readers).stdin(pin + "\n").run("--verbose", "pin", "verify", "--pin-stdin");
        assertTrue(verify.exited(ExitCode.OK), verify::toString);
        assertTrue(verify.err().contains("APDU #"), "--verbose shows the APDU trace: " + verify.err());
        everything.append(verify.all());
        Cli.Result wrong =
                Cli.with(readers).stdin(wrongPin(issued) + "\n").run("pin", "verify", "--pin-stdin", "--verbose");
        assertTrue(wrong.exited(ExitCode.WRONG_PIN), wrong::toString);
        everything.append(wrong.all());
        Cli.Result change =
                Cli.with(readers).stdin(pin + "\n" + NEW_PIN + "\n").run("-v", "pin", "change", "--pin-stdin");
        assertTrue(change.exited(ExitCode.OK), change::toString);
        everything.append(change.all());
        Cli.Result unblock =
                Cli.with(readers).stdin(puk + "\n" + pin + "\n").run("--verbose", "pin", "unblock", "--pin-stdin");
        assertTrue(unblock.exited(ExitCode.OK), unblock::toString);
        everything.append(unblock.all());

        SecretLeaks.assertNone(everything, pin, puk, NEW_PIN, wrongPin(issued));
    }

    @Test
    void withoutVerboseThereIsNoTrace(SimulatedReaders readers, IssuedCard issued) {
        Cli.with(readers).stdin(pin(issued) + "\n").run("--verbose", "pin", "verify", "--pin-stdin");
        Cli.Result quiet = Cli.with(readers).stdin(pin(issued) + "\n").run("pin", "verify", "--pin-stdin");

        assertEquals("", quiet.err());
    }

    static String pin(IssuedCard issued) {
        return new String(issued.pin().toCharArray());
    }

    static String puk(IssuedCard issued) {
        return new String(issued.puk().toCharArray());
    }

    static String wrongPin(IssuedCard issued) {
        String pin = pin(issued);
        char last = pin.charAt(pin.length() - 1);
        return pin.substring(0, pin.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }
}
