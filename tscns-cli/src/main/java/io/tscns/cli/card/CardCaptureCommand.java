package io.tscns.cli.card;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.smartcardio.SmartcardioTransport;
import io.tscns.card.transport.RecordingTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.cli.ExitCode;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code tscns card capture}: reads the card and writes a redacted APDU transcript of the read to a new file the
 * user can attach to a bug report (<i>registrazione per la segnalazione</i>), so that the sequences of a card
 * generation the public facts do not cover can be learnt ({@code docs/card.md §10.4}). PIN and PUK bytes never
 * reach the file; the file is readable by its owner only.
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Read the card and write a redacted APDU transcript (no PIN or PUK in it, mode 0600) to a new "
                + "file for a bug report; `tscns card replay FILE` runs the SDK against it.")
public final class CardCaptureCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "The transcript file to create; it must not exist.")
    private Path output;

    @Override
    protected ExitCode execute() {
        CardTerminal terminal = CardReaders.select(CardReaders.readers(environment()), reader.name());
        Card card = connect(terminal);
        try {
            byte[] atr = card.getATR().getBytes();
            RecordingTransport recorder = new RecordingTransport(new SmartcardioTransport(card, terminal.getName()));
            try (CnsCard cns = CnsCard.open(recorder, atr, CnsCardOptions.defaults())) {
                CardIdentity identity = cns.readIdentity();
                Transcript transcript = recorder.transcript(atr);
                transcript.write(output);
                environment().out().println("transcript of card " + identity.cardId().value() + " ("
                        + cns.generation() + " generation, " + transcript.exchanges().size()
                        + " exchanges) written to " + output);
            } catch (UncheckedIOException e) {
                throw new CliFailure(ExitCode.INVALID_INPUT, e.getMessage(), e);
            }
        } finally {
            disconnect(card);
        }
        return ExitCode.OK;
    }

    private static Card connect(CardTerminal terminal) {
        try {
            return terminal.connect("*");
        } catch (CardException e) {
            throw new CliFailure(ExitCode.NO_CARD, "cannot connect to the card in " + terminal.getName() + " ("
                    + e.getMessage() + "): put the card back and try again", e);
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
