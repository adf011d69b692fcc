package io.tscns.card.error;

import io.tscns.core.Problem;
import java.util.Objects;

/**
 * Why an operation is refused on a card generation (<i>lacuna della generazione di carte</i>): the problem family of
 * {@link NotSupportedOnGenerationException}.
 *
 * @since 0.1.0
 */
public sealed interface GenerationGap extends Problem {

    /**
     * The public facts do not give the operation's APDU sequence on this generation (or do not locate the file), so
     * the SDK sends nothing rather than a guessed command.
     *
     * @param generation the card generation, e.g. {@code "ace2025"}
     * @param operation  the operation refused, e.g. {@code "PIN verification, change and unblock"}
     * @param source     where the known facts are, e.g. {@code "docs/card.md §10.1"}
     */
    record UnknownSequence(String generation, String operation, String source) implements GenerationGap {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public UnknownSequence {
            Objects.requireNonNull(generation, "generation");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(source, "source");
        }

        /** The code published for this record, which is not its name. */
        @Override
        public String code() {
            return "not-supported-on-generation";
        }

        @Override
        public String describe() {
            return operation + " is not yet supported on this card generation (" + generation
                    + "): its commands are not public; see " + source
                    + " and send a transcript made with 'tscns card capture'";
        }
    }
}
