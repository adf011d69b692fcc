package io.tscns.cms.protocol;

import java.util.Optional;

/**
 * Why an operation that needs a prior identification of the card (activation, reprint, consents) was refused
 * {@code identification-required} (Toscana manual v2.0 §10.1 steps 4–5, {@code docs/cms.md §9.5}): the code of the
 * problem document's one violation, on the field {@code identificationRef}. None names another operator or card.
 *
 * @since 0.1.0
 */
public enum IdentificationProblem {
    /** The request carries no identification reference. */
    MISSING("missing"),
    /** The CMS issued no such reference. */
    UNKNOWN("unknown"),
    /** The identification is older than the CMS accepts. */
    EXPIRED("expired"),
    /** Another operator made the identification. */
    OTHER_OPERATOR("other-operator"),
    /** The identification is of another card: the TEAM number typed at identification is not this card's. */
    OTHER_CARD("other-card");

    private final String code;

    IdentificationProblem(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, the violation's.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Finds the constant with a code.
     *
     * @param code the code read from a violation
     * @return the constant, or empty if the code is not one of this version's
     */
    public static Optional<IdentificationProblem> byCode(String code) {
        for (IdentificationProblem value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
