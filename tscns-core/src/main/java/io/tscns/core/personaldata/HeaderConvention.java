package io.tscns.core.personaldata;

import java.util.Optional;

/**
 * What the six-character length header of {@code EF.Dati_personali} counts ({@code docs/card.md §2.1}). No
 * authoritative definition is public, so both readings are accepted and a file is written back in the one it
 * was read with.
 *
 * @since 0.1.0
 */
public enum HeaderConvention {

    /**
     * The header counts the whole text, its own six characters included: the only real card seen (an ACe 2025
     * card) declared {@code 000065} = 101 for 6 + 95 characters. This is the default for new files.
     */
    INCLUDES_HEADER,

    /**
     * The header counts only the sixteen fields that follow it, as the comment in OpenSC's itacns driver
     * describes it ("the following TLV structure's total size").
     */
    EXCLUDES_HEADER;

    /**
     * Returns the value the header holds under this convention for a text of the given length.
     *
     * @param textLength the length of the whole text: the six header characters plus the sixteen fields
     * @return {@code textLength}, or {@code textLength - 6} when the header does not count itself
     */
    public int declaredLength(int textLength) {
        return this == INCLUDES_HEADER ? textLength : textLength - PersonalDataFile.HEADER_LENGTH;
    }

    /**
     * Returns the convention under which a header value fits the text that was found.
     *
     * @param declared   the value of the header
     * @param textLength the length of the text (header and sixteen fields) found
     * @return the matching convention, or empty if the header fits neither
     */
    static Optional<HeaderConvention> matching(int declared, int textLength) {
        for (HeaderConvention convention : values()) {
            if (convention.declaredLength(textLength) == declared) {
                return Optional.of(convention);
            }
        }
        return Optional.empty();
    }
}
