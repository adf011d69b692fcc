package io.tscns.core.consent;

import io.tscns.core.StableCode;

/**
 * How a regime treats a {@link ConsentKind} (<i>regola del consenso</i>): what is required or allowed.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ConsentRule implements StableCode {

    /**
     * The processing happens only with the citizen's consent, which can be given and withdrawn at any time; a
     * refusal has no effect on care.
     */
    OPT_IN(1, "opt-in", "trattamento solo con il consenso dell'assistito"),
    /** The processing happens unless the citizen objects; the objection can be raised and lifted. */
    OPT_OUT(2, "opt-out", "trattamento salvo opposizione dell'assistito"),
    /** The regime does not collect this kind: a record of it dated in this regime is refused. */
    NOT_COLLECTED(3, "not-collected", "non previsto");

    private final Info info;

    ConsentRule(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
