package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/**
 * A {@link DerException} as one value, so that a test compares the kind, the offset and the detail of a refusal in
 * one assertion.
 *
 * @param kind   the rule broken
 * @param offset the absolute byte offset
 * @param detail the detail
 */
record DerProblem(DerException.Kind kind, long offset, String detail) {

    static DerProblem malformed(long offset, String detail) {
        return new DerProblem(DerException.Kind.MALFORMED, offset, detail);
    }

    static DerProblem truncated(long offset, String detail) {
        return new DerProblem(DerException.Kind.TRUNCATED, offset, detail);
    }

    static DerProblem tooLarge(long offset, String detail) {
        return new DerProblem(DerException.Kind.TOO_LARGE, offset, detail);
    }

    /** Runs a call that must throw a {@link DerException} and returns what it says. */
    static DerProblem thrownBy(Executable call) {
        DerException e = assertThrows(DerException.class, call);
        return new DerProblem(e.kind(), e.offset(), e.detail());
    }
}
