package io.tscns.cms.documents;

import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The declaration of whoever shows an expired identity document that its data have not changed since it was issued
 * (<i>dichiarazione in calce alla fotocopia del documento</i>, DPR 445/2000 art. 45 c.3, manual §8.1.2), signed at
 * the counter.
 *
 * @param declarant the person who shows the document: the holder, a delegate or a representative
 * @param holder    the card's holder
 * @param cardId    the card
 * @param document  the expired document
 * @param date      the date of the declaration
 * @since 0.1.0
 */
public record ExpiredDocumentDeclaration(
        Person declarant, Person holder, CardId cardId, IdentityDocument document, LocalDate date)
        implements CounterDocument {

    /** Checks the components. */
    public ExpiredDocumentDeclaration {
        Objects.requireNonNull(declarant, "declarant");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.EXPIRED_DOCUMENT_DECLARATION;
    }
}
