package io.tscns.cli.card;

import io.tscns.auth.validation.Verdict;
import io.tscns.card.CardIdentity;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.TrustOptions;
import io.tscns.cli.internal.TrustReports;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns read}: the card's identity (<i>lettura della carta</i>) as its users need it: card id and TEAM
 * number, EF.Dati_personali typed (ISO dates, the codice fiscale decoded, warnings for what does not add up), the
 * authentication certificate with readable names and its CN split, whether the card's files match the certificate,
 * and with {@code --trust} whether the certificate is trusted and not revoked, checked offline. Needs no PIN.
 *
 * <p>Exit code: 0, or with {@code --trust} 6 for a refused and 7 for a revoked certificate; with
 * {@code --require-match}, 1 (or the refusal's code) when the files do not match the certificate.
 */
@Command(
        name = "read",
        mixinStandardHelpOptions = true,
        description = {
            "Read the card: card id, TEAM number, EF.Dati_personali (typed, with ISO dates and the "
                    + "codice fiscale decoded), the authentication certificate, and whether the card's files match the "
                    + "certificate. No PIN is needed.",
            "With --trust (and --crl), also validate the certificate offline as `cert verify` does: exit 6 if it "
                    + "is refused, 7 if it is revoked."
        })
public final class ReadCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private JsonOption json;

    @ArgGroup(exclusive = false, heading = "%nOffline trust check (as `cert verify`):%n")
    private TrustOptions trust;

    @Option(
            names = "--require-match",
            description = "Exit 1 unless EF.Dati_personali matches the digest in the certificate's CN and "
                    + "EF.ID_Carta and the codice fiscale match its card id and codice fiscale.")
    private boolean requireMatch;

    @Override
    protected ExitCode execute() {
        Instant now = environment().clock().instant();
        ReadReport read;
        Optional<Verdict> verdict;
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            CardIdentity identity = open.card().readIdentity();
            verdict = Optional.ofNullable(trust)
                    .map(t -> t.validate(identity.certificate(), environment().clock()));
            read = ReadReport.of(open.reader(), identity, now, verdict);
        }
        read.report().print(environment().out(), json.enabled());
        ExitCode exit = verdict.map(TrustReports::exitCode).orElse(ExitCode.OK);
        if (requireMatch && !read.matches()) {
            throw new CliFailure(
                    exit == ExitCode.OK ? ExitCode.FAILED : exit,
                    "the card's files do not match its "
                            + "certificate (see \"Card against certificate\"): EF.Dati_personali or EF.ID_Carta is not what "
                            + "the certificate was issued for; do not rely on this card's data");
        }
        return exit;
    }
}
