package io.tscns.cli.cms;

import io.tscns.card.jca.PinCallback;
import io.tscns.card.jca.PinEntryException;
import io.tscns.card.jca.PinProblem;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.card.ReaderOption;
import io.tscns.cli.card.SecretSourceOption;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import io.tscns.cli.internal.SecretInput;
import io.tscns.cms.client.CmsAuthenticationException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsCredentialException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.ProblemCode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns cms login --card}: logs in to a CMS with the operator's own card (<i>accesso al CMS con la carta
 * dell'operatore</i>, Toscana manual v2.0 §10.1 step 2) and prints who the CMS says the operator is. The card's key
 * signs the TLS handshake through tscns-card's JCA provider, which asks for the PIN (at the terminal, or with
 * {@code --pin-stdin}) when the card first needs it; the CMS finds the operator by the codice fiscale of the card's
 * certificate ({@code operators/me}). The defaults are those of {@code tscns cms serve}.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        description = "Log in to a CMS with your own card (mutual TLS with the card's key, the PIN verified on the "
                + "card) and print who the CMS says you are.")
public final class CmsLoginCommand extends TscnsCommand {

    @Option(
            names = "--card",
            required = true,
            description = "Log in with the card in the reader (the only way this command logs in).")
    private boolean card;

    @Option(
            names = "--url",
            defaultValue = "https://localhost:8443",
            paramLabel = "URL",
            description = "The CMS's base URI (default ${DEFAULT-VALUE}, where `tscns cms serve` listens).")
    private URI url;

    @Option(
            names = "--trust",
            defaultValue = "cms-sandbox/ca.pem",
            paramLabel = "CA",
            description = "The CA certificate the CMS's server certificate must chain to, PEM or DER (default "
                    + "${DEFAULT-VALUE}, written by `tscns cms serve`).")
    private Path trust;

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        SecretInput input = secrets.input(environment());
        CallbackHandler pinPad = callbacks -> {
            for (Callback callback : callbacks) {
                if (!(callback instanceof PinCallback asked)) {
                    throw new UnsupportedCallbackException(callback);
                }
                if (asked.triesLeft().isPresent()) {
                    environment()
                            .err()
                            .println("tscns: wrong PIN, " + asked.triesLeft().getAsInt() + " tries left");
                }
                char[] typed = input.read("PIN of the card " + asked.cardId().value());
                asked.setPassword(typed);
                Arrays.fill(typed, '\0');
            }
        };
        OperatorProfile me;
        String cardId;
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            cardId = open.card().readIdentity().cardId().value();
            CmsClient client = CmsClient.builder()
                    .baseUri(url)
                    .trustAnchors(List.of(InputFiles.certificate(trust)))
                    .credentials(OperatorCredentials.card(open.card(), pinPad))
                    // The handshake waits for the PIN to be typed.
                    .connectTimeout(Duration.ofMinutes(2))
                    .build();
            me = client.login();
        } catch (CmsAuthenticationException e) {
            throw refused(e);
        } catch (CmsCredentialException e) {
            throw pinFailure(e);
        }
        new Report()
                .put("operatorId", "Operator", me.operatorId())
                .put("displayName", "Name", me.displayName())
                .put("role", "Role", me.role().name())
                .put("counterId", "Counter", me.counterId())
                .put("region", "Region", me.region())
                .put("reissueEnabled", "Re-issue", me.reissueEnabled())
                .put("cardId", "Card", cardId)
                .print(environment().out(), json.enabled());
        return ExitCode.OK;
    }

    private static CliFailure refused(CmsAuthenticationException e) {
        Optional<ProblemCode> code = e.problemCode();
        ExitCode exit =
                code.filter(ProblemCode.CARD_CERTIFICATE_REVOKED::equals).isPresent()
                        ? ExitCode.CERTIFICATE_REVOKED
                        : code.filter(c -> c == ProblemCode.CARD_CERTIFICATE_EXPIRED
                                                || c == ProblemCode.CARD_CERTIFICATE_UNTRUSTED)
                                        .isPresent()
                                ? ExitCode.CERTIFICATE_REJECTED
                                : ExitCode.FAILED;
        return new CliFailure(exit, "the CMS refused the card: " + e.getMessage());
    }

    private static CliFailure pinFailure(CmsCredentialException e) {
        if (e.credentialFailure() instanceof PinEntryException pin) {
            PinProblem problem = pin.problem();
            if (problem instanceof PinProblem.PinBlocked) {
                return new CliFailure(
                        ExitCode.BLOCKED, "the card's PIN is blocked: unblock it with " + "`tscns pin unblock`");
            }
            if (problem instanceof PinProblem.WrongPin) {
                return new CliFailure(ExitCode.WRONG_PIN, problem.describe());
            }
            return new CliFailure(ExitCode.FAILED, problem.describe());
        }
        return new CliFailure(ExitCode.FAILED, e.getMessage());
    }
}
