package io.tscns.cli.card;

import io.tscns.card.CnsCard;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code tscns card replay FILE}: runs the SDK's read against a transcript made by {@code tscns card capture}, with
 * no reader or PC/SC service (<i>riproduzione</i>), and prints what {@code tscns read} prints. Every command the SDK
 * sends must match the transcript byte for byte.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run the SDK's read against a transcript made by `tscns card capture`, without a reader, and "
                + "print what `tscns read` prints.")
public final class CardReplayCommand extends TscnsCommand {

    @Parameters(paramLabel = "FILE", description = "The transcript file.")
    private Path file;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        Transcript transcript;
        try {
            transcript = Transcript.read(file);
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, e.getMessage(), e);
        }
        ScriptedTransport replay = transcript.replay();
        try (CnsCard card = CnsCard.open(replay, transcript.atr())) {
            ReadReport.of("transcript " + file.getFileName(), card.readIdentity(), environment().clock().instant(),
                    Optional.empty()).report().print(environment().out(), json.enabled());
        }
        return ExitCode.OK;
    }
}
