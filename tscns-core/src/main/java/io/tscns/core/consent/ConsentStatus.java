package io.tscns.core.consent;

import io.tscns.core.StableCode;

/**
 * Whether a citizen gives or withdraws a {@link ConsentKind} (<i>consenso espresso o revocato</i>). For
 * {@link ConsentKind#PAST_DATA_OBJECTION}, {@link #GIVEN} raises the objection and {@link #WITHDRAWN} lifts it.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ConsentStatus implements StableCode {

    /** Given (<i>espresso</i>), or for an objection, raised. */
    GIVEN(1, "given", "espresso"),
    /** Withdrawn (<i>revocato</i>), or for an objection, lifted. */
    WITHDRAWN(2, "withdrawn", "revocato");

    private final Info info;

    ConsentStatus(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
