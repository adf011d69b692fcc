package io.tscns.cms.documents;

import io.tscns.core.Problem;
import java.util.Objects;

/**
 * Why a counter document could not be built or written (<i>errore nella stampa</i>). Carried by
 * {@link DocumentException}. A problem names the field and a position, never the rejected text (it is personal
 * data) and never a code.
 *
 * @since 0.1.0
 */
public sealed interface DocumentProblem extends Problem {

    /**
     * A text field is empty after trimming.
     *
     * @param field the field
     */
    record Blank(String field) implements DocumentProblem {
        /** Checks the component. */
        public Blank {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return field + " is blank";
        }
    }

    /**
     * A text field is longer than the document allows.
     *
     * @param field     the field
     * @param maxLength the longest allowed, in characters
     */
    record TooLong(String field, int maxLength) implements DocumentProblem {
        /** Checks the component. */
        public TooLong {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return field + " is longer than " + maxLength + " characters";
        }
    }

    /**
     * A text field holds a control character (a line break, a tab, a NUL) or a lone surrogate.
     *
     * @param field    the field
     * @param position the 1-based position of the character
     */
    record ControlCharacter(String field, int position) implements DocumentProblem {
        /** Checks the component. */
        public ControlCharacter {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return field + " holds a control character or a lone surrogate at position " + position;
        }
    }

    /**
     * The embedded font has no glyph for a character of a field, so it cannot be printed faithfully (PDF/A forbids
     * a missing glyph).
     *
     * @param field     the field
     * @param position  the 1-based position of the character
     * @param codePoint the character's Unicode code point
     */
    record UnprintableCharacter(String field, int position, int codePoint) implements DocumentProblem {
        /** Checks the component. */
        public UnprintableCharacter {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return field + " holds a character the document font cannot print at position " + position
                    + String.format(" (U+%04X)", codePoint);
        }
    }

    /** The counter halves were wiped before the receipt was written. */
    record CodesDestroyed() implements DocumentProblem {
        @Override
        public String describe() {
            return "the counter halves were wiped before the receipt was written";
        }
    }

    /** The PDF library failed to lay out or save the document. */
    record WriteFailed() implements DocumentProblem {
        @Override
        public String describe() {
            return "the PDF could not be written";
        }
    }

    /**
     * A secret the document does not print was given to it (a CIP half to a reprint summary, which releases PIN and
     * PUK only).
     *
     * @param field what was given
     */
    record NotOnThisDocument(String field) implements DocumentProblem {
        /** Checks the component. */
        public NotOnThisDocument {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String describe() {
            return field + ": not printed on this document";
        }
    }
}
