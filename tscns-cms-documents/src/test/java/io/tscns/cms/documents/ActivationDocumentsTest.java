package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.activation.Applicant;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationDocumentsTest {

    private static final DelegateIdentity DELEGATE = new DelegateIdentity(
            Samples.DELEGATE.surname(), Samples.DELEGATE.givenName(), Samples.DELEGATE.codiceFiscale());

    private static List<DocumentKind> kinds(Applicant applicant) {
        ActivateCardRequest base = Samples.request();
        ActivateCardRequest request = new ActivateCardRequest(
                base.holder(),
                base.cardExpiry(),
                ApplicantData.of(applicant),
                Set.of(),
                base.channel(),
                true,
                List.of());
        try (Receipt receipt = Samples.cmsReceipt();
                ActivationDocuments documents =
                        ActivationDocuments.of(receipt, Samples.HOLDER, request, Samples.TODAY)) {
            assertEquals(documents.receipt(), documents.all().get(0));
            return documents.all().stream().map(CounterDocument::kind).toList();
        }
    }

    @Test
    void theHolderInPersonGetsTheReceiptAndTheRequestForm() {
        assertEquals(
                List.of(DocumentKind.ACTIVATION_RECEIPT, DocumentKind.ACTIVATION_REQUEST),
                kinds(new Applicant.Holder(PresentedDocument.withoutDeclaration(Samples.ID_CARD))));
    }

    @Test
    void aHealthDelegateSignsTheDelegatesDeclaration() {
        assertEquals(
                List.of(
                        DocumentKind.ACTIVATION_RECEIPT,
                        DocumentKind.ACTIVATION_REQUEST,
                        DocumentKind.HEALTH_DELEGATE_DECLARATION),
                kinds(new Applicant.HealthDelegate(DELEGATE, PresentedDocument.withoutDeclaration(Samples.ID_CARD))));
    }

    @Test
    void aRepresentativeWithAnExpiredDocumentSignsBothDeclarations() {
        assertEquals(
                List.of(
                        DocumentKind.ACTIVATION_RECEIPT,
                        DocumentKind.ACTIVATION_REQUEST,
                        DocumentKind.REPRESENTATIVE_DECLARATION,
                        DocumentKind.EXPIRED_DOCUMENT_DECLARATION),
                kinds(new Applicant.LegalRepresentative(
                        LegalRepresentativeRole.PARENT, DELEGATE, new PresentedDocument(Samples.ID_CARD, true))));
    }

    @Test
    void theDeclarantIsWhoeverCameAndClosingWipesTheReceipt() {
        ActivateCardRequest request = Samples.request();
        ActivationDocuments documents;
        try (Receipt receipt = Samples.cmsReceipt()) {
            documents = ActivationDocuments.of(receipt, Samples.HOLDER, request, Samples.TODAY);
        }
        HealthDelegateDeclaration declaration =
                (HealthDelegateDeclaration) documents.forms().get(1);
        assertEquals(Samples.DELEGATE, declaration.delegate());
        assertEquals(request.supportingDocuments(), declaration.collected());
        documents.close();
        assertTrue(documents.receipt().counterHalves().isDestroyed());
    }

    @Test
    void theDeclarationsCanBeFilledFromTheRecordTheCmsKept() {
        ActivateCardRequest request = Samples.request();
        CounterRecord kept = new CounterRecord(
                request.applicant(), request.supportingDocuments(), Optional.of("PROT-1"), Optional.of(true));
        List<CounterDocument> fromRecord =
                ActivationDocuments.declarations(Samples.HOLDER, Samples.CARD, kept, Samples.TODAY);
        HealthDelegateDeclaration declaration = (HealthDelegateDeclaration) fromRecord.get(0);
        assertEquals(Samples.DELEGATE, declaration.delegate());
        assertEquals(request.applicant().document().document(), declaration.document());
        assertEquals(request.supportingDocuments(), declaration.collected());
        try (Receipt receipt = Samples.cmsReceipt()) {
            assertEquals(
                    ActivationDocuments.of(receipt, Samples.HOLDER, request, Samples.TODAY)
                            .forms()
                            .subList(1, 2),
                    fromRecord,
                    "the same declaration as at activation");
        }
    }
}
