package io.tscns.core.secret;

/**
 * One of the two parts of a split code: the {@link CounterHalf} printed at the counter or the {@link RemoteHalf}
 * sent by e-mail or SMS. Made only by {@link SplitPolicy#split(SecretCode)}.
 *
 * <p>A half is as secret as the code: the rules of {@link SecretValue} hold. Its characters come out only through
 * the explicit reveal method of each subclass, for the one place that must show them.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class CodeHalf extends SecretValue permits CounterHalf, RemoteHalf {

    private final CodeKind kind;
    private final CodeFormat format;
    private final HalfRole role;

    CodeHalf(CodeKind kind, CodeFormat format, HalfRole role, byte[] owned) {
        super(owned, kind.label() + " " + role.label());
        this.kind = kind;
        this.format = format;
        this.role = role;
    }

    /**
     * Returns the kind of code this half belongs to.
     *
     * @return PIN, PUK or CIP
     */
    public final CodeKind kind() {
        return kind;
    }

    /**
     * Returns the format of the whole code.
     *
     * @return the code's format
     */
    public final CodeFormat format() {
        return format;
    }

    /**
     * Returns which half this is.
     *
     * @return counter or remote
     */
    public final HalfRole role() {
        return role;
    }

    /** A copy of the characters, for the subclasses' reveal methods and for recombination. */
    final char[] reveal() {
        return secret().copyChars();
    }
}
