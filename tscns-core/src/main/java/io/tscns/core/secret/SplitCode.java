package io.tscns.core.secret;

import javax.security.auth.Destroyable;

/**
 * A code split for delivery (<i>codice consegnato in due parti</i>): its {@link CounterHalf} and its
 * {@link RemoteHalf}. Made by {@link SplitPolicy#split(SecretCode)}; destroying it destroys both halves.
 *
 * <p>Thread-safe. Neither {@code toString} nor any serialiser shows a half's value.
 *
 * @since 0.1.0
 */
public final class SplitCode implements Destroyable, AutoCloseable {

    private final CounterHalf counterHalf;
    private final RemoteHalf remoteHalf;

    SplitCode(CounterHalf counterHalf, RemoteHalf remoteHalf) {
        this.counterHalf = counterHalf;
        this.remoteHalf = remoteHalf;
    }

    /**
     * Returns the half printed at the counter.
     *
     * @return the counter half
     */
    public CounterHalf counterHalf() {
        return counterHalf;
    }

    /**
     * Returns the half sent by e-mail or SMS.
     *
     * @return the remote half
     */
    public RemoteHalf remoteHalf() {
        return remoteHalf;
    }

    /**
     * Returns the kind of the split code.
     *
     * @return PIN, PUK or CIP
     */
    public CodeKind kind() {
        return counterHalf.kind();
    }

    /**
     * Destroys both halves. Idempotent.
     */
    @Override
    public void destroy() {
        counterHalf.destroy();
        remoteHalf.destroy();
    }

    /**
     * Tells whether both halves have been destroyed.
     *
     * @return {@code true} once both are destroyed
     */
    @Override
    public boolean isDestroyed() {
        return counterHalf.isDestroyed() && remoteHalf.isDestroyed();
    }

    /**
     * Destroys both halves, so that try-with-resources wipes them.
     */
    @Override
    public void close() {
        destroy();
    }

    /**
     * Returns the kind and roles of the halves, never their values, e.g.
     * {@code "SplitCode[PIN counter half[redacted], PIN remote half[redacted]]"}.
     *
     * @return a description without the values
     */
    @Override
    public String toString() {
        return "SplitCode[" + counterHalf + ", " + remoteHalf + "]";
    }
}
