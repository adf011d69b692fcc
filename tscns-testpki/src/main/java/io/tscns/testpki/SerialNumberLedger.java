package io.tscns.testpki;

/**
 * Where a {@link TestPki} keeps how far each CA's serial-number stream has gone (<i>registro dei numeri di serie</i>),
 * so that a PKI rebuilt from the same seed in a later process — a sandbox restarted on its data directory — goes on
 * where the last one stopped and never issues a serial number again (RFC 5280 §4.1.2.2: unique per CA). Without
 * one, every process starts each stream from its beginning. Implementations must be thread-safe and must have made
 * a position durable before they return it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SerialNumberLedger {

    /**
     * Reserves the next position of a CA's stream.
     *
     * @param ca the CA's key label (stable across processes)
     * @return a position, from 0, never returned before for this CA
     */
    long reserve(String ca);
}
