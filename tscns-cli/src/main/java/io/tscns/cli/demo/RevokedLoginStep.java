package io.tscns.cli.demo;

import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import java.util.Optional;

/**
 * Step 12: the next login is refused: the CRL the test CA issues after the revocation lists the card's
 * certificate, and the validator's verdict is revoked.
 */
final class RevokedLoginStep implements DemoStep {

    @Override
    public String name() {
        return "login-revoked";
    }

    @Override
    public String title() {
        return "the next login is refused as revoked";
    }

    @Override
    public StepDetails run(DemoContext context) {
        ServiceProvider.Attempt attempt = ServiceProvider.login(context);
        Optional<RejectionReason.Revoked> revoked = attempt.result() instanceof ChallengeResult.Verified verified
                        && verified.verdict() instanceof Verdict.Rejected rejected
                ? rejected.reasons().stream()
                        .filter(RejectionReason.Revoked.class::isInstance)
                        .map(RejectionReason.Revoked.class::cast)
                        .findFirst()
                : Optional.empty();
        RejectionReason.Revoked reason = revoked.orElseThrow(
                () -> new DemoCheckException("expected the login refused as revoked, the service provider answered "
                        + ServiceProvider.describe(attempt.result())));
        String crlReason = reason.reason().map(Enum::name).orElse("unspecified");
        return StepDetails.summary("REVOKED since " + reason.revocationDate() + " (" + crlReason + "), "
                        + ServiceProvider.crl(attempt.crlEntries()))
                .put("verdict", "REVOKED")
                .put("revocationDate", reason.revocationDate().toString())
                .put("crlReason", crlReason)
                .put("crlEntries", attempt.crlEntries())
                .build();
    }
}
