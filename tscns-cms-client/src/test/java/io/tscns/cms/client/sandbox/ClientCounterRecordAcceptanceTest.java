package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.PersonOperation;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 gap 1: what the counter checked (the document's particulars, who presented it, the papers collected with
 * the counter's reference, the privacy flag) is kept by the CMS for activation, reprint and consents, given back by
 * the card's history and by the person's operations, and audited under the holder's codice fiscale; the same for
 * a revocation by a legal representative
 * ({@code docs/cms.md §9}). Fails on the code before it: the sandbox validated these data and dropped them.
 */
class ClientCounterRecordAcceptanceTest {

    private static final DelegateIdentity DELEGATE =
            new DelegateIdentity("ROSSI", "LUCIA", CodiceFiscale.parse("12345678903"));
    private static final PresentedDocument DELEGATE_DOCUMENT =
            PresentedDocument.withoutDeclaration(new IdentityDocument(
                    IdentityDocumentType.PASSPORT,
                    "YA7654321",
                    "Questura di Pisa",
                    LocalDate.of(2020, 3, 4),
                    Optional.of(LocalDate.now().plusYears(4))));
    private static final ApplicantData BY_DELEGATE = new ApplicantData(
            ActivationMode.DELEGATE_HEALTH, Optional.empty(), Optional.of(DELEGATE), DELEGATE_DOCUMENT);
    private static final EnumSet<SupportingDocument> PAPERS = EnumSet.of(
            SupportingDocument.DELEGATION_FORM,
            SupportingDocument.HOLDER_DOCUMENT_COPY,
            SupportingDocument.MEDICAL_CERTIFICATE);

    @Test
    void theCounterRecordsOfActivationReprintAndConsentsAreKeptReturnedAndAudited() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            DeliveryChannel email = new DeliveryChannel(ChannelKind.EMAIL, "d@example.it");
            asl.activateCard(
                            card.cardId(),
                            new ActivateCardRequest(
                                            card.codiceFiscale(),
                                            ClientFixtures.expiry(card),
                                            BY_DELEGATE,
                                            PAPERS,
                                            email,
                                            true,
                                            List.of(),
                                            Optional.of("PROT-2026-0042"))
                                    .withIdentification(ClientFixtures.identified(asl, card)))
                    .close();
            IdentificationRef reprintVisit = ClientFixtures.identified(asl, card);
            asl.reprintCodes(
                            card.cardId(),
                            new ReprintRequest(
                                            RequesterKind.DELEGATE,
                                            Optional.of(DELEGATE),
                                            DELEGATE_DOCUMENT,
                                            email,
                                            Optional.of("PROT-2026-0043"))
                                    .withIdentification(reprintVisit))
                    .close();
            asl.recordConsents(
                    card.cardId(),
                    new ConsentsUpdate(
                                    List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)),
                                    Optional.of(BY_DELEGATE),
                                    EnumSet.of(SupportingDocument.DELEGATION_FORM),
                                    Optional.of("PROT-2026-0044"))
                            .withIdentification(reprintVisit));

            List<HistoryEntry> history = asl.getHistory(card.cardId()).entries();
            CounterRecord activation = record(history, CmsOperation.ACTIVATE_CARD);
            assertEquals(
                    new CounterRecord(BY_DELEGATE, PAPERS, Optional.of("PROT-2026-0042"), Optional.of(true)),
                    activation,
                    "who, the document's particulars, the papers, the reference, the privacy flag");
            assertEquals(
                    new CounterRecord(
                            BY_DELEGATE,
                            EnumSet.noneOf(SupportingDocument.class),
                            Optional.of("PROT-2026-0043"),
                            Optional.empty()),
                    record(history, CmsOperation.REPRINT_CODES));
            assertEquals(
                    new CounterRecord(
                            BY_DELEGATE,
                            EnumSet.of(SupportingDocument.DELEGATION_FORM),
                            Optional.of("PROT-2026-0044"),
                            Optional.empty()),
                    record(history, CmsOperation.RECORD_CONSENTS));
            assertTrue(
                    history.stream().allMatch(entry -> entry.holder().equals(Optional.of(card.codiceFiscale()))),
                    "every line names the holder");

            List<PersonOperation> operations = ClientFixtures.certificate(cms, "callcenter-1")
                    .getPersonOperations(card.codiceFiscale())
                    .operations();
            assertEquals(
                    history,
                    operations.stream().map(PersonOperation::entry).toList(),
                    "the person's operations are the card's history");
            assertTrue(operations.stream().allMatch(op -> op.cardId().equals(card.cardId())));

            List<AuditRecord> audited = cms.auditEntries().stream()
                    .map(AuditEntry::record)
                    .filter(entry ->
                            entry.cardId().equals(Optional.of(card.cardId().value())))
                    .toList();
            assertFalse(audited.isEmpty());
            assertTrue(
                    audited.stream()
                            .allMatch(entry -> entry.codiceFiscale()
                                    .equals(Optional.of(card.codiceFiscale().value()))),
                    "every entry on the card is audited with the holder's code");
            assertEquals(
                    Optional.of("PROT-2026-0042"),
                    audited.stream()
                            .filter(entry -> entry.operation().equals("card.activate"))
                            .findFirst()
                            .orElseThrow()
                            .details()
                            .get("counter-reference"));
        }
    }

    @Test
    void theOperationsOfAPersonSpanTheirCardsAndNoOneElses() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            IssuedCard other = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "a@example.it"))
                    .close();
            asl.activateCard(other.cardId(), ClientFixtures.direct(asl, other, "b@example.it"))
                    .close();
            List<PersonOperation> operations =
                    asl.getPersonOperations(card.codiceFiscale()).operations();
            assertEquals(1, operations.size());
            assertEquals(card.cardId(), operations.get(0).cardId());
            assertEquals(
                    ActivationMode.DIRECT,
                    operations
                            .get(0)
                            .entry()
                            .counterRecord()
                            .orElseThrow()
                            .presentedBy()
                            .mode());
        }
    }

    @Test
    void aRevocationByALegalRepresentativeKeepsWhoCameAndTheirDocument() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "r@example.it"))
                    .close();
            ApplicantData parent = new ApplicantData(
                    ActivationMode.LEGAL_REPRESENTATIVE,
                    Optional.of(LegalRepresentativeRole.PARENT),
                    Optional.of(DELEGATE),
                    DELEGATE_DOCUMENT);
            asl.revokeCard(
                    card.cardId(),
                    new RevocationRequest(
                            RequesterKind.DELEGATE,
                            RevocationCause.LOSS,
                            Optional.of(card.cip()),
                            Optional.of(LegalRepresentativeRole.PARENT),
                            Optional.of(DELEGATE.codiceFiscale()),
                            Optional.of(parent),
                            Optional.of("PROT-2026-0050")));
            assertEquals(
                    new CounterRecord(
                            parent,
                            EnumSet.noneOf(SupportingDocument.class),
                            Optional.of("PROT-2026-0050"),
                            Optional.empty()),
                    record(asl.getHistory(card.cardId()).entries(), CmsOperation.REVOKE_CARD));
        }
    }

    private static CounterRecord record(List<HistoryEntry> history, CmsOperation operation) {
        return history.stream()
                .filter(entry -> entry.operation() == operation)
                .findFirst()
                .orElseThrow()
                .counterRecord()
                .orElseThrow(() -> new AssertionError("no counter record for " + operation));
    }
}
