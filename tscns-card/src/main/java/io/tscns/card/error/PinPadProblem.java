package io.tscns.card.error;

import io.tscns.core.Problem;

/**
 * Why a PIN-pad reader ended an entry without the card judging a code (<i>esito del tastierino</i>): the problem
 * family of {@link PinPadException}. The status words are the ones PC/SC part 10 reserves for the reader's answer
 * to a direct PIN command ({@code docs/pcsc.md §10}); on such a command they come from the reader, not the card.
 *
 * @since 0.1.0
 */
public enum PinPadProblem implements Problem {
    /** SW 6400: nobody typed the code before the reader's timeout. */
    TIMED_OUT("the code was not entered on the reader in time"),
    /** SW 6401: the user pressed Cancel on the reader. */
    CANCELLED("the code entry was cancelled on the reader"),
    /** SW 6402: the two entries of the new PIN differ; nothing was changed. */
    ENTRIES_DIFFER("the two entries of the new PIN on the reader differ; nothing was changed"),
    /** SW 6403: the typed code had too few or too many digits. */
    LENGTH_OUT_OF_RANGE("the code typed on the reader has too few or too many digits"),
    /** SW 6B80: the reader refused the PIN structure the SDK sent. */
    STRUCTURE_REFUSED("the reader refused the PIN-pad command's parameters"),
    /** The reader does not announce the part 10 feature the operation needs. */
    FEATURE_MISSING("the reader has no PIN pad for this operation (PC/SC part 10 feature missing)");

    private final String sentence;

    PinPadProblem(String sentence) {
        this.sentence = sentence;
    }

    @Override
    public String describe() {
        return sentence;
    }
}
