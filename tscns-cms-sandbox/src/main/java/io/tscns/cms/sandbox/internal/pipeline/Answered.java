package io.tscns.cms.sandbox.internal.pipeline;

import java.util.Objects;

/**
 * What a state-changing request with an idempotency key gets (<i>risposta</i>).
 */
public sealed interface Answered {

    /**
     * The operation ran now (or was refused by the role matrix); this is its answer.
     *
     * @param answer the answer
     */
    record Fresh(StoredAnswer answer) implements Answered {
        /** Checks the component. */
        public Fresh {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * The key had been used for the same request: the answer kept then, and nothing ran again.
     *
     * @param answer the kept answer
     */
    record Replayed(StoredAnswer answer) implements Answered {
        /** Checks the component. */
        public Replayed {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The key had been used for another request: refused, nothing ran and nothing was recorded. */
    record KeyReused() implements Answered {}
}
