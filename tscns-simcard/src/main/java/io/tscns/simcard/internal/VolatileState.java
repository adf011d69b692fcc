package io.tscns.simcard.internal;

import java.util.Arrays;

/**
 * What the card forgets on power-on and reset (ISO/IEC 7816-4 §5.4): the current DF and EF, which secrets are
 * verified, the security environment, a command chain in progress and response bytes waiting for GET RESPONSE.
 * Not thread-safe on its own; the card guards it.
 */
public final class VolatileState {

    /** Largest command chain the card accepts: an RSA-4096 cryptogram with its padding indicator, rounded up. */
    public static final int MAX_CHAIN_LENGTH = 1024;

    /** Marks a security-environment slot with no key set. */
    public static final int NO_KEY = -1;

    private final DedicatedFile masterFile;

    private DedicatedFile currentDf;
    private ElementaryFile currentEf;
    private boolean pinVerified;
    private boolean pukVerified;
    private int signatureKey = NO_KEY;
    private int decipherKey = NO_KEY;
    private int authenticationKey = NO_KEY;
    private int chainHeader = -1;
    private final byte[] chain = new byte[MAX_CHAIN_LENGTH];
    private int chainLength;
    private byte[] pending;
    private int pendingOffset;

    /**
     * Creates the state of a card just powered on.
     *
     * @param masterFile the MF, current after every reset
     */
    public VolatileState(DedicatedFile masterFile) {
        this.masterFile = masterFile;
        reset();
    }

    /** Forgets everything, as power-on and reset do: the MF becomes current, nothing is verified. */
    public void reset() {
        currentDf = masterFile;
        currentEf = null;
        pinVerified = false;
        pukVerified = false;
        restoreSecurityEnvironment();
        abortChain();
        dropPendingResponse();
    }

    /**
     * Makes a file current: a DF becomes the current DF; an EF becomes the current EF and its parent the current DF.
     *
     * @param file the selected file
     */
    public void select(FileNode file) {
        if (file instanceof ElementaryFile ef) {
            currentEf = ef;
            currentDf = ef.parent();
        } else {
            currentDf = (DedicatedFile) file;
            currentEf = null;
        }
    }

    /**
     * Returns the current DF.
     *
     * @return the current DF, the MF after a reset
     */
    public DedicatedFile currentDf() {
        return currentDf;
    }

    /**
     * Returns the current EF.
     *
     * @return the current EF, or {@code null} if a DF was selected last
     */
    public ElementaryFile currentEf() {
        return currentEf;
    }

    /**
     * Tells whether the user PIN is verified.
     *
     * @return {@code true} after a successful VERIFY or CHANGE REFERENCE DATA since the last reset
     */
    public boolean pinVerified() {
        return pinVerified;
    }

    /**
     * Sets whether the user PIN is verified.
     *
     * @param verified the new status
     */
    public void pinVerified(boolean verified) {
        this.pinVerified = verified;
    }

    /**
     * Tells whether the PUK is verified.
     *
     * @return {@code true} after a successful VERIFY of the PUK since the last reset
     */
    public boolean pukVerified() {
        return pukVerified;
    }

    /**
     * Sets whether the PUK is verified.
     *
     * @param verified the new status
     */
    public void pukVerified(boolean verified) {
        this.pukVerified = verified;
    }

    /** Clears every key of the security environment, as MSE RESTORE and a reset do. */
    public void restoreSecurityEnvironment() {
        signatureKey = NO_KEY;
        decipherKey = NO_KEY;
        authenticationKey = NO_KEY;
    }

    /**
     * Returns the key set for PSO COMPUTE DIGITAL SIGNATURE (template B6).
     *
     * @return the key reference, or {@link #NO_KEY}
     */
    public int signatureKey() {
        return signatureKey;
    }

    /**
     * Sets the key for PSO COMPUTE DIGITAL SIGNATURE.
     *
     * @param key the key reference
     */
    public void signatureKey(int key) {
        this.signatureKey = key;
    }

    /**
     * Returns the key set for PSO DECIPHER (template B8).
     *
     * @return the key reference, or {@link #NO_KEY}
     */
    public int decipherKey() {
        return decipherKey;
    }

    /**
     * Sets the key for PSO DECIPHER.
     *
     * @param key the key reference
     */
    public void decipherKey(int key) {
        this.decipherKey = key;
    }

    /**
     * Returns the key set for INTERNAL AUTHENTICATE (template A4).
     *
     * @return the key reference, or {@link #NO_KEY}
     */
    public int authenticationKey() {
        return authenticationKey;
    }

    /**
     * Sets the key for INTERNAL AUTHENTICATE.
     *
     * @param key the key reference
     */
    public void authenticationKey(int key) {
        this.authenticationKey = key;
    }

    /**
     * Tells whether a command chain is in progress.
     *
     * @return {@code true} between the first and the last command of a chain
     */
    public boolean chainInProgress() {
        return chainHeader >= 0;
    }

    /**
     * Tells whether a command continues the chain in progress.
     *
     * @param ins the instruction
     * @param p1  parameter 1
     * @param p2  parameter 2
     * @return {@code true} if INS, P1 and P2 match the chain's first command
     */
    public boolean continuesChain(int ins, int p1, int p2) {
        return chainHeader == ((ins << 16) | (p1 << 8) | p2);
    }

    /**
     * Adds a part to the chain, starting it if needed.
     *
     * @param ins  the instruction
     * @param p1   parameter 1
     * @param p2   parameter 2
     * @param data the part's data
     * @throws CardError {@code 6700} if the chain would exceed {@link #MAX_CHAIN_LENGTH}; the chain is dropped
     */
    public void appendToChain(int ins, int p1, int p2, byte[] data) {
        append(data);
        chainHeader = (ins << 16) | (p1 << 8) | p2;
    }

    /**
     * Ends the chain: returns every part's data followed by the last command's data, and forgets the chain.
     *
     * @param last the last command's data
     * @return the whole data
     * @throws CardError {@code 6700} if the whole would exceed {@link #MAX_CHAIN_LENGTH}
     */
    public byte[] completeChain(byte[] last) {
        append(last);
        byte[] whole = Arrays.copyOf(chain, chainLength);
        abortChain();
        return whole;
    }

    private void append(byte[] data) {
        if (data.length > MAX_CHAIN_LENGTH - chainLength) {
            abortChain();
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        System.arraycopy(data, 0, chain, chainLength, data.length);
        chainLength += data.length;
    }

    /** Forgets a chain in progress, wiping its data. */
    public void abortChain() {
        chainHeader = -1;
        Arrays.fill(chain, 0, chainLength, (byte) 0);
        chainLength = 0;
    }

    /**
     * Keeps response bytes for GET RESPONSE.
     *
     * @param data   the bytes
     * @param offset the first byte not yet delivered
     */
    public void pendingResponse(byte[] data, int offset) {
        this.pending = data;
        this.pendingOffset = offset;
    }

    /**
     * Returns the response bytes waiting for GET RESPONSE.
     *
     * @return the waiting bytes, or {@code null}
     */
    public byte[] takePendingResponse() {
        if (pending == null) {
            return null;
        }
        byte[] rest = Arrays.copyOfRange(pending, pendingOffset, pending.length);
        dropPendingResponse();
        return rest;
    }

    /** Forgets response bytes waiting for GET RESPONSE, wiping them (a deciphered block may wait there). */
    public void dropPendingResponse() {
        if (pending != null) {
            Arrays.fill(pending, (byte) 0);
        }
        pending = null;
        pendingOffset = 0;
    }
}
