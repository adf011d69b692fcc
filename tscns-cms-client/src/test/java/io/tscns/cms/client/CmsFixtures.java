package io.tscns.cms.client;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import java.security.KeyStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Values shared by the client tests. The secrets are distinctive strings, so a leak is easy to find. */
final class CmsFixtures {

    static final CardId CARD = new CardId("8038000912345678");
    static final CodiceFiscale HOLDER = CodiceFiscaleCalculator.compute(
            "Rossi", "Mario", Sex.MALE, LocalDate.of(1980, 1, 1), new BirthPlaceCode("D612"));
    static final String PIN_HALF = "48151";
    static final String PUK_HALF = "62342";
    static final String CIP_HALF = "7319";
    static final String TOKEN = "tok-SECRET-9911";
    static final String SESSION = "sess-SECRET-5522";

    private CmsFixtures() {}

    static OperatorCredentials mutualTls() {
        try {
            KeyStore empty = KeyStore.getInstance("PKCS12");
            empty.load(null, null);
            return OperatorCredentials.keyStore(empty, new char[0]);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static OperatorProfile operator() {
        return new OperatorProfile("op-7", "Farmacia Centrale", OperatorRole.PHARMACY, "counter-3", "090", false);
    }

    static LoginResult session(Instant expiresAt) {
        return new LoginResult(SecretText.of(SESSION.toCharArray()), expiresAt, operator());
    }

    static ActivateCardRequest activation() {
        IdentityDocument document = new IdentityDocument(
                IdentityDocumentType.IDENTITY_CARD,
                "CA1234567",
                "Comune di Firenze",
                LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2030, 1, 1)));
        return new ActivateCardRequest(
                HOLDER,
                LocalDate.of(2029, 12, 31),
                new ApplicantData(
                        ActivationMode.DIRECT,
                        Optional.empty(),
                        Optional.empty(),
                        PresentedDocument.withoutDeclaration(document)),
                Set.of(),
                new DeliveryChannel(ChannelKind.EMAIL, "mario@example.it"),
                true,
                List.of());
    }

    static Receipt receipt() {
        return new Receipt(
                "R-1",
                CARD,
                "op-7",
                Instant.parse("2026-03-01T10:00:00Z"),
                new CodeHalves(
                        SecretText.of(PIN_HALF.toCharArray()),
                        SecretText.of(PUK_HALF.toCharArray()),
                        Optional.of(SecretText.of(CIP_HALF.toCharArray()))),
                ChannelKind.EMAIL,
                "m***o@example.it");
    }

    static CardStatus status(CardState state) {
        return new CardStatus(CARD, TeamNumber.fromCardId(CARD), state, "090", LocalDate.of(2029, 12, 31));
    }
}
