package io.tscns.cms.documents;

import io.tscns.core.card.CardId;

/**
 * One document a TS-CNS counter prints (<i>stampa dello sportello</i>), as the immutable facts it shows; {@link
 * PdfDocumentWriter} lays it out. Each record holds only what the CMS records or the counter collects: a field the
 * public texts do not define is printed blank, marked for the region or the signer to fill.
 *
 * @since 0.1.0
 */
public sealed interface CounterDocument
        permits ActivationReceipt,
                ActivationRequestForm,
                ExpiredDocumentDeclaration,
                RepresentativeDeclaration,
                HealthDelegateDeclaration,
                DelegationForm,
                FseConsentSummary,
                HealthDataConsentForm,
                SealedEnvelopeLetter,
                ReprintReceipt {

    /** @return which document this is, with its title */
    DocumentKind kind();

    /** @return the card's holder (<i>titolare</i>) */
    Person holder();

    /** @return the card the document is about */
    CardId cardId();
}
