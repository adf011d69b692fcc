package io.tscns.cms.documents;

import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The self-declaration the delegate signs when the holder, prevented by health reasons, is not at the counter
 * (<i>dichiarazione sostitutiva</i>, manual §10.1 step 10, §8.3.2, §10.3), with the papers the delegate handed in.
 *
 * @param delegate  the delegate
 * @param holder    the card's holder
 * @param cardId    the card
 * @param document  the delegate's identity document
 * @param collected the papers handed in (the delegation form, the copy of the holder's document, ...)
 * @param date      the date of the declaration
 * @since 0.1.0
 */
public record HealthDelegateDeclaration(
        Person delegate,
        Person holder,
        CardId cardId,
        IdentityDocument document,
        Set<SupportingDocument> collected,
        LocalDate date)
        implements CounterDocument {

    /** Checks the components and copies the set. */
    public HealthDelegateDeclaration {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(document, "document");
        EnumSet<SupportingDocument> copy = EnumSet.noneOf(SupportingDocument.class);
        copy.addAll(collected);
        collected = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(date, "date");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HEALTH_DELEGATE_DECLARATION;
    }
}
