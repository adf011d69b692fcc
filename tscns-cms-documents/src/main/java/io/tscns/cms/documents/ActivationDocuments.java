package io.tscns.cms.documents;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The papers one activation prints (<i>stampe dell'attivazione</i>), chosen from the request as the public texts
 * say: always the receipt with the counter halves (manual §10.1 step 12) and the request form (DM 2011 Allegato 2
 * point 1b); the delegate's self-declaration when the holder is not present for health reasons (§10.1 step 10);
 * the parent's, guardian's or curator's self-declaration (§10.2 step 8); the unchanged-data declaration when the
 * document shown has expired (§8.1.2). {@link #close()} wipes the receipt's halves.
 *
 * @param receipt the receipt
 * @param forms   the other papers, for signature, in the order above
 * @since 0.1.0
 */
public record ActivationDocuments(ActivationReceipt receipt, List<CounterDocument> forms) implements AutoCloseable {

    /** Checks and copies the components. */
    public ActivationDocuments {
        Objects.requireNonNull(receipt, "receipt");
        forms = List.copyOf(forms);
    }

    /**
     * Returns the papers of an activation the CMS confirmed.
     *
     * @param receipt the CMS's receipt; its halves are copied, so it can be wiped at once
     * @param holder  the holder, as the CMS identified them
     * @param request the activation request sent
     * @param date    the date printed on the forms
     * @return the papers
     */
    public static ActivationDocuments of(Receipt receipt, Person holder, ActivateCardRequest request, LocalDate date) {
        List<CounterDocument> forms = new ArrayList<>();
        forms.add(ActivationRequestForm.of(holder, receipt.cardId(), request, date));
        forms.addAll(declarations(holder, receipt.cardId(), request.counterRecord(), date));
        return new ActivationDocuments(ActivationReceipt.of(receipt, holder, request), forms);
    }

    /**
     * Returns the declarations whoever came signs, filled from what the CMS recorded of the counter's checks
     * ({@code docs/cms.md §9}): the health delegate's or the representative's self-declaration, and the
     * declaration on an expired document. A counter can print them again from a card's history or a person's
     * operations ({@code HistoryEntry.counterRecord()}) without typing the particulars in again.
     *
     * @param holder the holder, as the CMS identified them
     * @param cardId the card
     * @param record the counter record of the operation
     * @param date   the date printed on the forms
     * @return the declarations, possibly none (the holder in person with a valid document)
     */
    public static List<CounterDocument> declarations(
            Person holder, CardId cardId, CounterRecord record, LocalDate date) {
        ApplicantData applicant = record.presentedBy();
        PresentedDocument presented = applicant.document();
        IdentityDocument document = presented.document();
        List<CounterDocument> forms = new ArrayList<>();
        Person declarant = applicant.delegate().map(Person::of).orElse(holder);
        if (applicant.mode() == ActivationMode.DELEGATE_HEALTH) {
            forms.add(new HealthDelegateDeclaration(declarant, holder, cardId, document, record.declarations(), date));
        } else if (applicant.mode() == ActivationMode.LEGAL_REPRESENTATIVE) {
            forms.add(new RepresentativeDeclaration(
                    declarant, applicant.representativeRole().orElseThrow(), holder, cardId, document, date));
        }
        if (presented.unchangedDataDeclaration()) {
            forms.add(new ExpiredDocumentDeclaration(declarant, holder, cardId, document, date));
        }
        return List.copyOf(forms);
    }

    /** @return the receipt first, then the forms */
    public List<CounterDocument> all() {
        List<CounterDocument> all = new ArrayList<>(forms.size() + 1);
        all.add(receipt);
        all.addAll(forms);
        return List.copyOf(all);
    }

    /** Wipes the receipt's counter halves. */
    @Override
    public void close() {
        receipt.close();
    }
}
