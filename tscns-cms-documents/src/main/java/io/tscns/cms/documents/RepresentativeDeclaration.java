package io.tscns.cms.documents;

import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The pre-filled self-declaration of a parent, guardian or curator who activates the card of a minor or of a person
 * under guardianship (<i>dichiarazione sostitutiva della potestà genitoriale o della tutela</i>, manual §8.3.1,
 * §10.2 step 8), signed at the counter and kept.
 *
 * @param representative the parent, guardian or curator
 * @param role           which of the three
 * @param holder         the card's holder
 * @param cardId         the card
 * @param document       the representative's identity document
 * @param date           the date of the declaration
 * @since 0.1.0
 */
public record RepresentativeDeclaration(
        Person representative,
        LegalRepresentativeRole role,
        Person holder,
        CardId cardId,
        IdentityDocument document,
        LocalDate date)
        implements CounterDocument {

    /** Checks the components. */
    public RepresentativeDeclaration {
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REPRESENTATIVE_DECLARATION;
    }
}
