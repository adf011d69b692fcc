package io.tscns.cms.documents;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One sample of every counter document, on fixed facts, and the codes they must (not) show. */
final class Samples {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final CardId CARD = CardId.parse("6090227373233000");
    static final Person HOLDER = new Person("D'Angelò", "Niccolò", CodiceFiscale.parse("RSSMRA80A01H501U"));
    static final Person DELEGATE = new Person("VERDI", "PAOLO", CodiceFiscale.parse("VRDGLI48P63G702J"));

    /** The counter halves: on the receipt only. */
    static final String PIN_COUNTER = "73429";

    static final String PUK_COUNTER = "48261";
    static final String CIP_COUNTER = "55197";
    /** The counter halves of a reprint: on the reprint summary only. */
    static final String REPRINT_PIN_COUNTER = "26814";

    static final String REPRINT_PUK_COUNTER = "60932";
    /** The whole PIN and PUK of a sealed envelope (DM 2011 Allegato 2 point 1c): in the envelope only. */
    static final String ENVELOPE_PIN = "84170236";

    static final String ENVELOPE_PUK = "39518427";
    /** The remote halves: on no document. */
    static final String PIN_REMOTE = "91583";

    static final String PUK_REMOTE = "03716";
    static final String CIP_REMOTE = "82640";

    static final IdentityDocument ID_CARD = new IdentityDocument(
            IdentityDocumentType.IDENTITY_CARD,
            "CA00000AA",
            "Comune di Firenze",
            LocalDate.of(2020, 3, 1),
            Optional.of(LocalDate.of(2030, 3, 1)));

    private Samples() {}

    static Receipt cmsReceipt() {
        return new Receipt(
                "7390237f-8a43-46fb-8c1e-d696839a0dae",
                CARD,
                "pharmacy-1",
                NOW,
                new CodeHalves(secret(PIN_COUNTER), secret(PUK_COUNTER), Optional.of(secret(CIP_COUNTER))),
                ChannelKind.EMAIL,
                "m*****@example.org");
    }

    private static SecretText secret(String text) {
        return SecretText.of(text.toCharArray());
    }

    static ActivateCardRequest request() {
        return new ActivateCardRequest(
                HOLDER.codiceFiscale(),
                LocalDate.of(2031, 1, 1),
                ApplicantData.of(new io.tscns.core.activation.Applicant.HealthDelegate(
                        new DelegateIdentity(DELEGATE.surname(), DELEGATE.givenName(), DELEGATE.codiceFiscale()),
                        PresentedDocument.withoutDeclaration(ID_CARD))),
                Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY),
                new DeliveryChannel(ChannelKind.EMAIL, "mario.rossi@example.org"),
                true,
                List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)));
    }

    static ActivationReceipt receipt() {
        try (Receipt receipt = cmsReceipt()) {
            return ActivationReceipt.of(receipt, HOLDER, request());
        }
    }

    static ReprintRequest reprintRequest() {
        return new ReprintRequest(
                RequesterKind.DELEGATE,
                Optional.of(new DelegateIdentity(DELEGATE.surname(), DELEGATE.givenName(), DELEGATE.codiceFiscale())),
                PresentedDocument.withoutDeclaration(ID_CARD),
                new DeliveryChannel(ChannelKind.SMS, "+393331234567"));
    }

    static ReprintReceipt reprint() {
        try (Receipt receipt = new Receipt(
                "0c1d6a58-3f0e-4a9b-9a55-52b0a6c0e4f1",
                CARD,
                "asl-1",
                NOW,
                new CodeHalves(secret(REPRINT_PIN_COUNTER), secret(REPRINT_PUK_COUNTER), Optional.empty()),
                ChannelKind.SMS,
                "+39 *** *** 4567")) {
            return ReprintReceipt.of(receipt, HOLDER, reprintRequest());
        }
    }

    static SealedEnvelopeLetter envelope() {
        try (SealedEnvelope envelope = new SealedEnvelope(
                "5b2e7c1a-90d4-4e43-8f6a-0e7b1d2c3a4f",
                CARD,
                "pharmacy-1",
                NOW,
                secret(ENVELOPE_PIN),
                secret(ENVELOPE_PUK))) {
            return SealedEnvelopeLetter.of(envelope, HOLDER);
        }
    }

    /** One of each kind, the receipt first. */
    static List<CounterDocument> all() {
        return List.of(
                receipt(),
                ActivationRequestForm.of(HOLDER, CARD, request(), TODAY),
                new ExpiredDocumentDeclaration(HOLDER, HOLDER, CARD, ID_CARD, TODAY),
                new RepresentativeDeclaration(DELEGATE, LegalRepresentativeRole.GUARDIAN, HOLDER, CARD, ID_CARD, TODAY),
                new HealthDelegateDeclaration(
                        DELEGATE, HOLDER, CARD, ID_CARD, Set.of(SupportingDocument.DELEGATION_FORM), TODAY),
                new DelegationForm(HOLDER, CARD, Optional.of(DELEGATE)),
                new FseConsentSummary(
                        HOLDER,
                        CARD,
                        List.of(ConsentRecord.of(
                                HOLDER.codiceFiscale(), ConsentKind.CONSULTATION, ConsentStatus.GIVEN, NOW)),
                        "pharmacy-1",
                        NOW),
                new HealthDataConsentForm(HOLDER, CARD, TODAY),
                envelope(),
                reprint());
    }
}
