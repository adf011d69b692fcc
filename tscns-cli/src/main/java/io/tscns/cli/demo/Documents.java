package io.tscns.cli.demo;

import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import java.time.LocalDate;
import java.util.Optional;

/** The identity documents shown at the demo's counter (<i>documenti di riconoscimento</i>), valid on its clock. */
final class Documents {

    private Documents() {}

    /**
     * An identity card issued a year before and valid for nine more.
     *
     * @param number the document number
     * @param today  the demo's date
     * @return the presented document, without the unchanged-data declaration (it is not expired)
     */
    static PresentedDocument identityCard(String number, LocalDate today) {
        return PresentedDocument.withoutDeclaration(new IdentityDocument(
                IdentityDocumentType.IDENTITY_CARD,
                number,
                "Comune di Firenze",
                today.minusYears(1),
                Optional.of(today.plusYears(9))));
    }
}
