package io.tscns.cms.protocol;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.FseRegime;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik arbitraries of every protocol record, valid by construction. */
final class WireArbitraries {

    private WireArbitraries() {}

    static Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ'àè ")
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.chars().anyMatch(Character::isLetter));
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings()
                .withChars("abcdefABCDEF0123456789-")
                .ofMinLength(1)
                .ofMaxLength(40);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1920, 1, 1).toEpochDay(),
                        LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(1_000_000_000L, 2_200_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    static Arbitrary<CodiceFiscale> codiciFiscali() {
        Arbitrary<String> letters =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(12);
        Arbitrary<BirthPlaceCode> places = Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.integers().between(1, 999))
                .as((c, n) -> new BirthPlaceCode(c + String.format("%03d", n)));
        Arbitrary<CodiceFiscale> personal = Combinators.combine(
                        letters, letters, Arbitraries.of(Sex.class), dates(), places)
                .as(CodiceFiscaleCalculator::compute);
        Arbitrary<CodiceFiscale> temporary =
                Arbitraries.strings().numeric().ofLength(10).map(WireArbitraries::temporary);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, personal), net.jqwik.api.Tuple.of(1, temporary));
    }

    private static CodiceFiscale temporary(String ten) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = ten.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return CodiceFiscale.parse(ten + (10 - sum % 10) % 10);
    }

    static Arbitrary<CardId> cardIds() {
        return Arbitraries.strings().numeric().ofLength(CardId.LENGTH).map(CardId::new);
    }

    static Arbitrary<TeamNumber> teamNumbers() {
        return cardIds().map(TeamNumber::fromCardId);
    }

    static Arbitrary<SecretText> secrets() {
        return Arbitraries.strings()
                .withChars("0123456789abcXYZ\"\\é")
                .ofMinLength(1)
                .ofMaxLength(40)
                .map(s -> SecretText.of(s.toCharArray()));
    }

    static Arbitrary<Cip> cips() {
        return Arbitraries.strings().numeric().ofLength(8).map(s -> Cip.parse(s.toCharArray()));
    }

    static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
        return a.optional();
    }

    static Arbitrary<OperatorProfile> operators() {
        return Combinators.combine(
                        ids(),
                        names(),
                        Arbitraries.of(OperatorRole.class),
                        ids(),
                        Arbitraries.strings().numeric().ofLength(3),
                        Arbitraries.of(true, false))
                .as(OperatorProfile::new);
    }

    static Arbitrary<CardStatus> cardStatuses() {
        return Combinators.combine(
                        cardIds(),
                        teamNumbers(),
                        Arbitraries.of(CardState.class),
                        Arbitraries.strings().numeric().ofLength(3),
                        dates())
                .as(CardStatus::new);
    }

    static Arbitrary<PersonData> persons() {
        return Combinators.combine(names(), names(), dates(), Arbitraries.of(Sex.class), names(), codiciFiscali())
                .as(PersonData::new);
    }

    static Arbitrary<IdentityDocument> documents() {
        return Combinators.combine(
                        Arbitraries.of(IdentityDocumentType.class),
                        Arbitraries.strings()
                                .withChars("AB0123456789")
                                .ofMinLength(1)
                                .ofMaxLength(20),
                        names(),
                        dates(),
                        dates().optional())
                .as(IdentityDocument::new);
    }

    static Arbitrary<PresentedDocument> presented() {
        return Combinators.combine(documents(), Arbitraries.of(true, false)).as(PresentedDocument::new);
    }

    static Arbitrary<DelegateIdentity> delegates() {
        return Combinators.combine(names(), names(), codiciFiscali()).as(DelegateIdentity::new);
    }

    static Arbitrary<ApplicantData> applicants() {
        return Combinators.combine(
                        Arbitraries.of(ActivationMode.class),
                        Arbitraries.of(LegalRepresentativeRole.class),
                        delegates(),
                        presented())
                .as((mode, role, delegate, document) -> new ApplicantData(
                        mode,
                        mode == ActivationMode.LEGAL_REPRESENTATIVE ? Optional.of(role) : Optional.empty(),
                        mode == ActivationMode.DIRECT ? Optional.empty() : Optional.of(delegate),
                        document));
    }

    static Arbitrary<DeliveryChannel> channels() {
        Arbitrary<DeliveryChannel> email = Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(12)
                .map(s -> new DeliveryChannel(ChannelKind.EMAIL, s + "@example.it"));
        Arbitrary<DeliveryChannel> sms = Arbitraries.strings()
                .numeric()
                .ofLength(7)
                .map(s -> new DeliveryChannel(ChannelKind.SMS, "+39 333 " + s));
        return Arbitraries.oneOf(email, sms);
    }

    static Arbitrary<ConsentChoice> consentChoices() {
        return Combinators.combine(Arbitraries.of(ConsentKind.class), Arbitraries.of(ConsentStatus.class))
                .as(ConsentChoice::new);
    }

    static Arbitrary<ConsentRecord> consentRecords() {
        return Combinators.combine(
                        codiciFiscali(),
                        instants(),
                        Arbitraries.of(ConsentStatus.class),
                        Arbitraries.integers().between(0, 3))
                .as((cf, at, status, pick) -> {
                    List<ConsentKind> kinds =
                            new ArrayList<>(FseRegime.inForceAt(at).collectedKinds());
                    return ConsentRecord.of(cf, kinds.get(pick % kinds.size()), status, at);
                });
    }

    static Arbitrary<CodeHalves> halves() {
        return Combinators.combine(secrets(), secrets(), secrets().optional()).as(CodeHalves::new);
    }

    static Arbitrary<RevocationRequest> revocations() {
        return Arbitraries.of(RequesterKind.class)
                .flatMap(requester -> Combinators.combine(
                                Arbitraries.of(RevocationCause.class)
                                        .filter(c -> c.requesters().contains(requester)),
                                cips().optional(0.8),
                                Arbitraries.of(LegalRepresentativeRole.class),
                                codiciFiscali(),
                                Arbitraries.of(true, false),
                                Combinators.combine(names(), names(), presented(), ids().optional())
                                        .as(Tuple::of))
                        .as((cause, cip, role, cf, present, more) -> new RevocationRequest(
                                requester,
                                cause,
                                requester == RequesterKind.ISSUER ? Optional.empty() : cip,
                                requester == RequesterKind.DELEGATE ? Optional.of(role) : Optional.empty(),
                                requester == RequesterKind.DELEGATE ? Optional.of(cf) : Optional.empty(),
                                !present && !identifiedByIssuer(requester, cause)
                                                || requester == RequesterKind.ISSUER
                                                        && !identifiedByIssuer(requester, cause)
                                        ? Optional.empty()
                                        : Optional.of(
                                                requester != RequesterKind.DELEGATE
                                                        ? new ApplicantData(
                                                                ActivationMode.DIRECT,
                                                                Optional.empty(),
                                                                Optional.empty(),
                                                                more.get3())
                                                        : new ApplicantData(
                                                                ActivationMode.LEGAL_REPRESENTATIVE,
                                                                Optional.of(role),
                                                                Optional.of(new DelegateIdentity(
                                                                        more.get1(), more.get2(), cf)),
                                                                more.get3())),
                                requester == RequesterKind.ISSUER && !identifiedByIssuer(requester, cause)
                                        ? Optional.empty()
                                        : more.get4())));
    }

    /** The issuer's revocation for a holder's cause stands on the holder's identification at the counter. */
    private static boolean identifiedByIssuer(RequesterKind requester, RevocationCause cause) {
        return requester == RequesterKind.ISSUER && cause != RevocationCause.PERSONAL_DATA_ERROR;
    }

    static Arbitrary<ReissueRequest> reissues() {
        Arbitrary<ApplicantData> atCounter = applicants().filter(a -> a.mode() != ActivationMode.DELEGATE_HEALTH);
        return Combinators.combine(
                        Arbitraries.of(ReissueReason.class),
                        cardIds().optional(),
                        cips().optional(),
                        atCounter.optional(),
                        ids().optional())
                .as(ReissueRequest::new);
    }

    /** Identification references: Base64url text of 22 to 64 characters. */
    static Arbitrary<IdentificationRef> identificationRefs() {
        return Arbitraries.strings()
                .withChars("ABCXYZabcxyz0189-_")
                .ofMinLength(IdentificationRef.MIN_LENGTH)
                .ofMaxLength(IdentificationRef.MAX_LENGTH)
                .map(IdentificationRef::new);
    }

    /** A request as drawn, or the same carrying an identification reference. */
    static <T> Arbitrary<T> identified(T request, java.util.function.BiFunction<T, IdentificationRef, T> with) {
        return identificationRefs()
                .optional()
                .map(ref -> ref.map(r -> with.apply(request, r)).orElse(request));
    }

    static Arbitrary<Violation> violations() {
        return Combinators.combine(ids(), ids().optional(), names()).as(Violation::new);
    }

    /** One arbitrary per protocol record type: the round-trip property draws from all of them. */
    static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new java.util.LinkedHashMap<>();
        all.put(OperatorProfile.class, operators());
        all.put(LoginRequest.class, Combinators.combine(ids(), secrets()).as(LoginRequest::new));
        all.put(
                LoginResult.class,
                Combinators.combine(secrets(), instants(), operators()).as(LoginResult::new));
        all.put(
                IdentifyRequest.class,
                Combinators.combine(codiciFiscali(), teamNumbers(), dates()).as(IdentifyRequest::new));
        all.put(
                IdentifyResult.Match.class,
                Combinators.combine(cardStatuses(), persons(), identificationRefs())
                        .as(IdentifyResult.Match::new));
        all.put(
                IdentifyResult.Mismatch.class,
                Arbitraries.of(IdentityField.class)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(3)
                        .map(f -> new IdentifyResult.Mismatch(MismatchAdvice.SCELTA_E_REVOCA_OFFICE, f)));
        all.put(CardStatus.class, cardStatuses());
        all.put(PersonData.class, persons());
        all.put(ApplicantData.class, applicants());
        all.put(
                ActivateCardRequest.class,
                Combinators.combine(
                                codiciFiscali(),
                                dates(),
                                applicants(),
                                Arbitraries.of(SupportingDocument.class).set(),
                                channels(),
                                Arbitraries.of(true, false),
                                consentChoices().list().ofMaxSize(4),
                                ids().optional())
                        .as(ActivateCardRequest::new)
                        .flatMap(request -> identified(request, ActivateCardRequest::withIdentification)));
        all.put(
                SealedEnvelopeActivationRequest.class,
                Combinators.combine(
                                codiciFiscali(),
                                dates(),
                                applicants(),
                                Arbitraries.of(SupportingDocument.class).set(),
                                Arbitraries.of(true, false),
                                consentChoices().list().ofMaxSize(4),
                                ids().optional())
                        .as(SealedEnvelopeActivationRequest::new)
                        .flatMap(request -> identified(request, SealedEnvelopeActivationRequest::withIdentification)));
        all.put(
                SealedEnvelope.class,
                Combinators.combine(ids(), cardIds(), ids(), instants(), secrets(), secrets())
                        .as(SealedEnvelope::new));
        all.put(DeliveryChannel.class, channels());
        all.put(ConsentChoice.class, consentChoices());
        all.put(
                ConsentsUpdate.class,
                Combinators.combine(
                                consentChoices().list().ofMinSize(1).ofMaxSize(4),
                                applicants().optional(),
                                Arbitraries.of(SupportingDocument.class).set(),
                                ids().optional())
                        .as(ConsentsUpdate::new)
                        .flatMap(update -> identified(update, ConsentsUpdate::withIdentification)));
        all.put(CounterRecord.class, counterRecords());
        all.put(
                PersonOperations.class,
                Combinators.combine(
                                codiciFiscali(),
                                Combinators.combine(cardIds(), historyEntries())
                                        .as(PersonOperation::new)
                                        .list()
                                        .ofMaxSize(3))
                        .as(PersonOperations::new));
        all.put(
                ConsentsView.class,
                Combinators.combine(cardIds(), consentRecords().list().ofMaxSize(4))
                        .as(ConsentsView::new));
        all.put(CodeHalves.class, halves());
        all.put(
                Receipt.class,
                Combinators.combine(
                                ids(),
                                cardIds(),
                                ids(),
                                instants(),
                                halves(),
                                Arbitraries.of(ChannelKind.class),
                                names())
                        .as(Receipt::new));
        all.put(
                ReprintRequest.class,
                Combinators.combine(
                                Arbitraries.of(RequesterKind.HOLDER, RequesterKind.DELEGATE),
                                delegates(),
                                presented(),
                                channels(),
                                ids().optional())
                        .as((by, d, doc, ch, ref) -> new ReprintRequest(
                                by, by == RequesterKind.DELEGATE ? Optional.of(d) : Optional.empty(), doc, ch, ref))
                        .flatMap(request -> identified(request, ReprintRequest::withIdentification)));
        all.put(RevocationRequest.class, revocations());
        all.put(LifecycleRequest.class, names().optional().map(LifecycleRequest::new));
        all.put(HistoryEntry.class, historyEntries());
        all.put(
                HistoryView.class,
                Combinators.combine(cardIds(), historyEntries().list().ofMaxSize(4))
                        .as(HistoryView::new));
        all.put(
                PersonCards.class,
                Combinators.combine(codiciFiscali(), cardStatuses().list().ofMaxSize(3))
                        .as(PersonCards::new));
        all.put(ReissueRequest.class, reissues());
        all.put(
                ReissueResult.class,
                Combinators.combine(
                                ids(),
                                codiciFiscali(),
                                Arbitraries.of(ReissueReason.class),
                                cardIds().optional(),
                                instants())
                        .as(ReissueResult::new));
        all.put(
                EmissionRequest.class,
                Combinators.combine(Arbitraries.of(EmissionKind.class), persons())
                        .as(EmissionRequest::new));
        all.put(
                EmissionResult.class,
                Combinators.combine(ids(), Arbitraries.of(EmissionKind.class), codiciFiscali(), instants())
                        .as(EmissionResult::new));
        all.put(
                AuditVerificationView.class,
                Combinators.combine(
                                Arbitraries.of(true, false), Arbitraries.longs().between(0, 1_000_000), ids(), names())
                        .as((ok, n, code, detail) -> ok
                                ? new AuditVerificationView(true, n, Optional.empty(), Optional.empty())
                                : new AuditVerificationView(false, n, Optional.of(code), Optional.of(detail))));
        all.put(Violation.class, violations());
        all.put(
                ProblemDocument.class,
                Combinators.combine(
                                Arbitraries.of(ProblemCode.class),
                                names(),
                                ids(),
                                Arbitraries.integers().between(0, 5).optional(),
                                violations().list().ofMaxSize(3))
                        .as((code, detail, requestId, tries, list) -> {
                            ProblemDocument doc = ProblemDocument.of(code, detail, "/cms/v1/x", requestId)
                                    .withViolations(list);
                            return tries.map(doc::withTriesLeft).orElse(doc);
                        }));
        return all;
    }

    static Arbitrary<HistoryEntry> historyEntries() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, Long.MAX_VALUE),
                        instants(),
                        Arbitraries.of(CmsOperation.class),
                        ids(),
                        Arbitraries.of(EntryOutcome.class),
                        ids().optional(),
                        Arbitraries.of(CardState.class).optional(),
                        Combinators.combine(
                                        codiciFiscali().optional(),
                                        counterRecords().optional())
                                .as(Tuple::of))
                .as((n, at, op, who, outcome, problem, state, more) ->
                        new HistoryEntry(n, at, op, who, outcome, problem, state, more.get1(), more.get2()));
    }

    static Arbitrary<CounterRecord> counterRecords() {
        return Combinators.combine(
                        applicants(),
                        Arbitraries.of(SupportingDocument.class).set(),
                        ids().optional(),
                        Arbitraries.of(true, false).optional())
                .as(CounterRecord::new);
    }
}
