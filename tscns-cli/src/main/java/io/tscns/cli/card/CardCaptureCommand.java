package io.tscns.cli.card;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.smartcardio.SmartcardioTransport;
import io.tscns.card.transport.RecordingTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.cli.ExitCode;
import io.tscns.cli.SecretPrompt;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.core.secret.Pin;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns card capture}: reads the card and writes a redacted APDU transcript of the read to a new file the
 * user can attach to a bug report (<i>registrazione per la segnalazione</i>), so that the sequences of a card
 * generation the public facts do not cover can be learnt ({@code docs/card.md §10.4}). With the card holder's
 * consent (asked at the terminal, or given with {@code --holder-consents}) it also records a PIN verify, the PIN
 * block replaced by {@code 2A} bytes of the same length, and a signature of {@link #PUBLIC_CHALLENGE}, kept. PIN and
 * PUK bytes never reach the file; the file is readable by its owner only.
 */
@Command(
        name = "capture",
        mixinStandardHelpOptions = true,
        description = "Read the card and write a redacted APDU transcript (no PIN or PUK in it, mode 0600) to a new "
                + "file for a bug report; `tscns card replay FILE` runs the SDK against it. With the holder's "
                + "consent, also a PIN verify (the PIN replaced) and a signature of a fixed public challenge.")
public final class CardCaptureCommand extends TscnsCommand {

    /**
     * What {@code --with-signature} signs: fixed and public, so the recorded signature reveals nothing and no server
     * would accept it (a server's challenge is random); {@code tscns card replay} signs it again.
     */
    public static final byte[] PUBLIC_CHALLENGE =
            "tscns card capture: a fixed public challenge, never a login".getBytes(StandardCharsets.US_ASCII);

    @Mixin
    private ReaderOption reader;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            required = true,
            description = "The transcript file to create; it must not exist.")
    private Path output;

    @Option(
            names = "--with-pin-verify",
            description = "Also record a PIN verify (asks for the PIN and the holder's consent); the PIN bytes are "
                    + "replaced by 2A bytes of the same length.")
    private boolean withPinVerify;

    @Option(
            names = "--with-signature",
            description = "Also record a PIN verify and a signature of a fixed public challenge (asks for the PIN "
                    + "and the holder's consent); the signature is kept.")
    private boolean withSignature;

    @Option(
            names = "--holder-consents",
            description = "The card holder consents to recording the PIN verify and the signature (for scripts; "
                    + "otherwise the command asks at the terminal).")
    private boolean holderConsents;

    @Mixin
    private SecretSourceOption secrets;

    @Override
    protected ExitCode execute() {
        boolean pinSteps = withPinVerify || withSignature;
        if (pinSteps) {
            requireConsent();
        }
        CardTerminal terminal = CardReaders.select(CardReaders.readers(environment()), reader.name());
        Card card = connect(terminal);
        try {
            byte[] atr = card.getATR().getBytes();
            SmartcardioTransport raw = new SmartcardioTransport(card, terminal.getName());
            RecordingTransport recorder =
                    withSignature ? RecordingTransport.keepingSignatures(raw) : new RecordingTransport(raw);
            try (CnsCard cns = CnsCard.open(recorder, atr, CnsCardOptions.defaults())) {
                CardIdentity identity = cns.readIdentity();
                if (pinSteps) {
                    try (Pin pin = PinOutcome.pin(secrets.input(environment()).read("PIN"))) {
                        PinOutcome.requireAccepted(
                                new CardReaders.OpenCard(terminal.getName(), cns),
                                "capture",
                                cns.verifyPin(pin),
                                "PIN",
                                environment(),
                                false);
                    }
                }
                if (withSignature) {
                    cns.authenticate(PUBLIC_CHALLENGE);
                }
                Transcript transcript = recorder.transcript(atr);
                transcript.write(output);
                environment()
                        .out()
                        .println("transcript of card " + identity.cardId().value() + " ("
                                + cns.generation() + " generation, "
                                + transcript.exchanges().size() + " exchanges"
                                + (pinSteps ? ", a PIN verify with the PIN replaced" : "")
                                + (withSignature ? ", a signature of the public challenge" : "") + ") written to "
                                + output);
            } catch (UncheckedIOException e) {
                throw new CliFailure(ExitCode.INVALID_INPUT, e.getMessage(), e);
            }
        } finally {
            disconnect(card);
        }
        return ExitCode.OK;
    }

    private void requireConsent() {
        if (holderConsents) {
            return;
        }
        SecretPrompt prompt = environment()
                .terminal()
                .orElseThrow(() -> new CliFailure(
                        ExitCode.USAGE,
                        "recording a PIN verify or a signature needs the card holder's consent: run the command at a "
                                + "terminal to be asked, or add --holder-consents"));
        environment()
                .err()
                .println("The transcript will hold a PIN verify, the PIN replaced by 2A bytes of the "
                        + "same length"
                        + (withSignature ? ", and the card's signature of a fixed public challenge" : "")
                        + "; it is written readable by you only, to attach to a bug report.");
        char[] answer = prompt.read("Does the card holder consent? Type yes (not echoed): ");
        boolean yes = answer != null && "yes".equalsIgnoreCase(new String(answer).strip());
        if (answer != null) {
            Arrays.fill(answer, '\0');
        }
        if (!yes) {
            throw new CliFailure(ExitCode.USAGE, "the card holder did not consent; nothing was recorded");
        }
    }

    private static Card connect(CardTerminal terminal) {
        try {
            return terminal.connect("*");
        } catch (CardException e) {
            throw new CliFailure(
                    ExitCode.NO_CARD,
                    "cannot connect to the card in " + terminal.getName() + " (" + e.getMessage()
                            + "): put the card back and try again",
                    e);
        }
    }

    private static void disconnect(Card card) {
        try {
            card.disconnect(true);
        } catch (CardException e) {
            // The card is gone already; nothing is left to reset.
        }
    }
}
