package io.tscns.cms.documents.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one shape every counter document has: a title, a reference line, and blocks in reading order (headings,
 * labelled fields, paragraphs, choices, the counter halves, signature lines and notes). {@link FormPdfWriter} lays
 * any form out; the package-private {@code Forms} of the API package says what each document holds.
 *
 * <p>A form holding counter halves must be {@link #wipe() wiped} once written.
 *
 * @param title     the title, in Italian
 * @param reference the line under the title (number, date, source)
 * @param blocks    the blocks, in order
 */
public record Form(String title, String reference, List<Block> blocks) {

    /** Checks and copies the components. */
    public Form {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
        blocks = List.copyOf(blocks);
    }

    /** Wipes the secret characters of every {@link Block.Secret}. */
    public void wipe() {
        for (Block block : blocks) {
            if (block instanceof Block.Secret secret) {
                Arrays.fill(secret.characters(), '\0');
            }
        }
    }

    /** One element of a form. */
    public sealed interface Block {

        /**
         * A section heading.
         *
         * @param text the heading
         */
        record Heading(String text) implements Block {}

        /**
         * A labelled field.
         *
         * @param label the label
         * @param value what the field shows
         */
        record Field(String label, Value value) implements Block {}

        /**
         * Running text, wrapped to the page.
         *
         * @param text the text
         */
        record Paragraph(String text) implements Block {}

        /**
         * A box to tick, printed ticked or empty.
         *
         * @param label  the statement
         * @param ticked whether the box is ticked
         */
        record Choice(String label, boolean ticked) implements Block {}

        /**
         * A half of a code, printed character by character so that no {@code String} ever holds it; its array is
         * the form's own copy, wiped by {@link Form#wipe()}.
         *
         * @param label      the label
         * @param characters the half
         */
        record Secret(String label, char[] characters) implements Block {
            @Override
            public String toString() {
                return "Secret[" + label + ", " + characters.length + " characters]";
            }
        }

        /**
         * A line to sign on, with who signs under it.
         *
         * @param label who signs
         */
        record Signature(String label) implements Block {}

        /**
         * A note in small print.
         *
         * @param text the note
         */
        record Note(String text) implements Block {}
    }

    /** What a field shows: a fact, or a blank for someone to fill. */
    public sealed interface Value {

        /**
         * A fact from the input.
         *
         * @param text the text
         */
        record Text(String text) implements Value {}

        /** A blank the signer fills in by hand. */
        record ForSigner() implements Value {}

        /** A blank for a text the public texts do not define, which the region supplies. */
        record ForRegion() implements Value {}
    }
}
