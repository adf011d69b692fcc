package io.tscns.core.secret;

/**
 * Which of the two parts of a split code a half is ({@code docs/cms.md §2.2}): the leading characters printed on
 * the counter receipt, or the remaining characters sent by e-mail or SMS.
 *
 * @since 0.1.0
 */
public enum HalfRole {

    /** The <i>prima parte</i>: handed over at the counter (<i>allo sportello</i>), on the printed summary. */
    COUNTER("counter half"),

    /** The <i>seconda parte</i>: sent to the holder by e-mail or SMS. */
    REMOTE("remote half");

    private final String label;

    HalfRole(String label) {
        this.label = label;
    }

    /**
     * Returns the name used in messages ("counter half", "remote half").
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
