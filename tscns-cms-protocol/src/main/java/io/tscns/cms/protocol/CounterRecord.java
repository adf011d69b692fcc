package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.SupportingDocument;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the counter checked and collected for one operation, as the CMS keeps it (<i>dati rilevati allo sportello</i>):
 * who presented themselves (the holder, a delegate or a legal representative, with names and codice fiscale), the
 * particulars of the identity document shown (Toscana manual v2.0 §10.1 step 8; DM 20 giugno 2011 Allegato 2 point
 * 1a), the declarations and forms collected with the counter's own reference for them, and the privacy flag of an
 * activation (§10.1 steps 1 and 10). Returned in a card's history and in a person's operations
 * ({@code docs/cms.md §9}). Never carries a secret.
 *
 * @param presentedBy      who came to the counter, with the document shown
 * @param declarations     the papers collected, possibly none
 * @param counterReference the counter's reference for the papers collected (its protocol number), if given
 * @param privacyConsent   the holder's privacy flag, for an activation
 * @since 0.1.0
 */
public record CounterRecord(
        ApplicantData presentedBy,
        Set<SupportingDocument> declarations,
        Optional<String> counterReference,
        Optional<Boolean> privacyConsent) {

    /** Largest counter reference, in characters. */
    public static final int MAX_REFERENCE = 64;

    /** Checks the components and copies the set. */
    public CounterRecord {
        required("presentedBy", presentedBy);
        declarations = copy("declarations", declarations);
        counterReference = reference(counterReference);
        required("privacyConsent", privacyConsent);
    }

    /**
     * Checks a counter reference: 1 to {@value #MAX_REFERENCE} ASCII letters, digits, spaces and {@code . / _ : -},
     * not starting with a space (a protocol number such as {@code PROT-2026/0042}), so that it can go to the audit
     * chain as it is.
     *
     * @param reference the reference, or empty
     * @return the reference
     * @throws CmsProtocolException naming {@code counterReference} if it breaks the rule
     */
    static Optional<String> reference(Optional<String> reference) {
        required("counterReference", reference);
        if (reference.isPresent()) {
            String text = reference.get();
            if (text.isEmpty()
                    || text.length() > MAX_REFERENCE
                    || text.charAt(0) == ' '
                    || !text.chars().allMatch(CounterRecord::referenceCharacter)) {
                throw new CmsProtocolException(new ProtocolProblem.InvalidValue("counterReference"));
            }
        }
        return reference;
    }

    private static boolean referenceCharacter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || " ./_:-".indexOf(c) >= 0;
    }

    /**
     * Copies a set of supporting documents, refusing null elements; {@code null} is the empty set (an absent member).
     *
     * @param field     the member, for the error
     * @param documents the documents, or {@code null}
     * @return an unmodifiable copy
     */
    static Set<SupportingDocument> copy(String field, Set<SupportingDocument> documents) {
        EnumSet<SupportingDocument> copy = EnumSet.noneOf(SupportingDocument.class);
        if (documents != null) {
            for (SupportingDocument document : documents) {
                copy.add(required(field, document));
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
