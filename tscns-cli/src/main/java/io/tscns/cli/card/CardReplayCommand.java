package io.tscns.cli.card;

import io.tscns.card.CnsCard;
import io.tscns.card.apdu.Instruction;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.Report;
import io.tscns.core.secret.Pin;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tscns card replay FILE}: runs the SDK's read against a transcript made by {@code tscns card capture}, with
 * no reader or PC/SC service (<i>riproduzione</i>), and prints what {@code tscns read} prints. If the transcript
 * holds a PIN verify, it verifies a placeholder PIN (the recorded block is redacted, so any PIN of the same block
 * length matches) and reports the recorded answer; if it holds a signature, it signs the capture's public challenge
 * again and checks the recorded signature with the certificate. Every command the SDK sends must match the
 * transcript byte for byte, PIN blocks compared redacted.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Run the SDK's read (and a recorded PIN verify and signature) against a transcript made by "
                + "`tscns card capture`, without a reader, and print what `tscns read` prints.")
public final class CardReplayCommand extends TscnsCommand {

    /** Replaces the redacted PIN in a replayed verify: any PIN of the same block length would do. */
    private static final String PLACEHOLDER_PIN = "00000";

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
            Report report = ReadReport.of(
                            "transcript " + file.getFileName(),
                            card.readIdentity(),
                            environment().clock().instant(),
                            Optional.empty())
                    .report();
            if (holds(transcript, Instruction.VERIFY)) {
                try (Pin placeholder = Pin.parse(PLACEHOLDER_PIN)) {
                    VerificationResult result = card.verifyPin(placeholder);
                    report.put(
                            "pinVerify",
                            "PIN verify",
                            result instanceof VerificationResult.Accepted ? "accepted" : result.toString());
                }
            }
            if (holds(transcript, Instruction.PERFORM_SECURITY_OPERATION)) {
                // CnsCard.sign checks the signature with the card's certificate and throws if it does not verify.
                byte[] signature = card.authenticate(CardCaptureCommand.PUBLIC_CHALLENGE);
                report.put("signature", "Signature", signature.length + " bytes, verified with the certificate");
            }
            report.print(environment().out(), json.enabled());
        }
        return ExitCode.OK;
    }

    private static boolean holds(Transcript transcript, Instruction instruction) {
        return transcript.exchanges().stream()
                .anyMatch(exchange ->
                        exchange.command().length >= 4 && (exchange.command()[1] & 0xFF) == instruction.ins());
    }
}
