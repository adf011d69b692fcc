package io.tscns.card.error;

import java.util.List;

/**
 * The operation is not yet supported on this card generation (<i>operazione non ancora supportata su questa
 * generazione di carte</i>): the public facts do not give its APDU sequence (for example the PIN reference and the
 * signing sequence of the ACe 2025 applet), so the SDK refuses before sending anything rather than send a guessed
 * command. {@link #gap()} names the generation, the operation and where the known facts are.
 *
 * @since 0.1.0
 */
public final class NotSupportedOnGenerationException extends CardAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param gap what is missing
     */
    public NotSupportedOnGenerationException(GenerationGap gap) {
        super(gap.describe(), List.of(gap));
    }

    /**
     * Returns what is missing.
     *
     * @return the gap, or {@code null} after deserialization
     */
    public GenerationGap gap() {
        return problem(GenerationGap.class);
    }

    /**
     * Returns the gap as the one problem this exception carries.
     *
     * @return the gap, or an empty list after deserialization
     */
    @Override
    public List<GenerationGap> problems() {
        return problems(GenerationGap.class);
    }
}
