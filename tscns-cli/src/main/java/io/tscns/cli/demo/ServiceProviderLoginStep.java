package io.tscns.cli.demo;

import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.validation.Verdict;
import io.tscns.simcard.IssuedCard;

/**
 * Step 10: a service provider logs the citizen in with the card (CNS login): a challenge from tscns-auth, signed by
 * the card's key ({@code CnsCard.authenticate}), the certificate validated against the trust anchors and the test
 * CA's CRL, and the identity with codice fiscale and names.
 */
final class ServiceProviderLoginStep implements DemoStep {

    @Override
    public String name() {
        return "login";
    }

    @Override
    public String title() {
        return "a service provider logs the citizen in with the card";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        ServiceProvider.Attempt attempt = ServiceProvider.login(context);
        if (!(attempt.result() instanceof ChallengeResult.Verified verified
                && verified.verdict() instanceof Verdict.Accepted accepted)) {
            throw new DemoCheckException("expected the login accepted, the service provider answered "
                    + ServiceProvider.describe(attempt.result()));
        }
        CnsIdentity identity = accepted.identity();
        DemoCheckException.check(
                identity.codiceFiscale().equals(card.codiceFiscale()),
                "the login names " + identity.codiceFiscale().value() + ", not the card's holder");
        return StepDetails.summary("ACCEPTED: " + identity.givenName() + " " + identity.surname() + " "
                        + identity.codiceFiscale().value() + " (" + ServiceProvider.crl(attempt.crlEntries()) + ")")
                .put("verdict", "ACCEPTED")
                .put("codiceFiscale", identity.codiceFiscale().value())
                .put("givenName", identity.givenName())
                .put("surname", identity.surname())
                .put("audience", ServiceProvider.AUDIENCE)
                .put("crlEntries", attempt.crlEntries())
                .build();
    }
}
