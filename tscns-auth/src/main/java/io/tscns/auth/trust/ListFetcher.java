package io.tscns.auth.trust;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches a trusted list or a list of trusted lists (<i>scaricamento della lista</i>) for a
 * {@link TrustedListResolver}: the I/O it leaves to the caller, who bounds the size and the time (as
 * {@code CnsLogin} does) or reads a local copy.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ListFetcher {

    /**
     * Fetches a document.
     *
     * @param location where it is published
     * @return its bytes, at most {@link TrustedListReader#MAX_BYTES}
     * @throws IOException if it cannot be fetched in full
     */
    byte[] fetch(URI location) throws IOException;
}
