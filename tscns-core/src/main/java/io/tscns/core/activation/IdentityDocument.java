package io.tscns.core.activation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The particulars of an identity document shown at the counter (<i>estremi del documento di riconoscimento</i>),
 * which the CMS records for whoever comes in person: the holder or the delegate (DM 20 giugno 2011, Allegato 2,
 * point 1a; Toscana manual v2.0 §10.1 step 8).
 *
 * <p>The constructor checks the format of each field and normalises the number to upper case. Whether the dates make
 * the document acceptable on a given day is a rule of the {@link ActivationValidator}, so that it is reported with
 * every other problem of the request.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type        the kind of document
 * @param number      the document number: 1 to {@value #MAX_NUMBER_LENGTH} ASCII letters, digits, spaces,
 *                    {@code -}, {@code /} or {@code .}
 * @param issuingBody who issued it (<i>ente di rilascio</i>, e.g. "Comune di Firenze"), at most
 *                    {@value #MAX_ISSUING_BODY_LENGTH} characters
 * @param issueDate   the issue date (<i>data di rilascio</i>)
 * @param expiryDate  the expiry date (<i>data di scadenza</i>); empty for documents that carry none, such as some
 *                    pension booklets
 * @since 0.1.0
 */
public record IdentityDocument(
        IdentityDocumentType type,
        String number,
        String issuingBody,
        LocalDate issueDate,
        Optional<LocalDate> expiryDate) {

    /** Longest document number accepted. */
    public static final int MAX_NUMBER_LENGTH = 32;

    /** Longest issuing-body name accepted. */
    public static final int MAX_ISSUING_BODY_LENGTH = 120;

    /**
     * Checks and normalises the fields.
     *
     * @throws InvalidActivationInputException if the number or the issuing body is malformed
     */
    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        number = InputText.documentNumber("document.number", number, MAX_NUMBER_LENGTH);
        issuingBody = InputText.freeText("document.issuingBody", issuingBody, MAX_ISSUING_BODY_LENGTH);
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
    }

    /**
     * Tells whether the document is past its expiry date on a day. A document is valid through its expiry date.
     *
     * @param date the day of the check
     * @return {@code true} if it has an expiry date before {@code date}
     */
    public boolean isExpiredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return expiryDate.map(date::isAfter).orElse(false);
    }
}
