package io.tscns.auth.internal;

/**
 * A DER encoding rule broken at a byte offset. Internal: the public parsers catch it and rethrow their own typed
 * exception, so it never reaches a caller.
 */
public final class DerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of rule was broken. */
    public enum Kind {
        /** The input ended inside an element. */
        TRUNCATED,
        /** The encoding breaks DER (tag, length form, value). */
        MALFORMED,
        /** An element or the whole input is larger than the configured limit. */
        TOO_LARGE
    }

    private final Kind kind;
    private final long offset;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param kind   what kind of rule was broken
     * @param offset the byte offset in the input
     * @param detail what was wrong, without the input's content
     */
    public DerException(Kind kind, long offset, String detail) {
        super(detail + " at byte " + offset, null, false, false);
        this.kind = kind;
        this.offset = offset;
        this.detail = detail;
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the offset.
     *
     * @return the byte offset
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns what was wrong.
     *
     * @return the detail, without the offset
     */
    public String detail() {
        return detail;
    }

    static DerException truncated(long offset, String what) {
        return new DerException(Kind.TRUNCATED, offset, "input ends inside " + what);
    }

    static DerException malformed(long offset, String detail) {
        return new DerException(Kind.MALFORMED, offset, detail);
    }
}
