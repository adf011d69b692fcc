package io.tscns.simcard.internal;

/**
 * A file of the simulated card's file system: a dedicated file (a directory, <i>DF</i>) or an elementary file
 * (<i>EF</i>).
 */
public sealed interface FileNode permits DedicatedFile, ElementaryFile {

    /**
     * Returns the two-byte file identifier.
     *
     * @return the FID, 0000 to FFFF
     */
    int fid();

    /**
     * Returns the DF that holds this file.
     *
     * @return the parent, or {@code null} for the MF
     */
    DedicatedFile parent();

    /**
     * Returns the nine security-attribute bytes reported in FCI tag {@code 86}.
     *
     * @return a new array of nine bytes
     */
    byte[] securityAttributes();
}
