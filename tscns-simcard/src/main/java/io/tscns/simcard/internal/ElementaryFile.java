package io.tscns.simcard.internal;

/**
 * An elementary file (<i>EF</i>) of the simulated card. Its content is fixed when the card is personalised.
 */
public final class ElementaryFile implements FileNode {

    /** How the file holds its data (ISO/IEC 7816-4 file descriptor byte). */
    public enum Structure {
        /** A transparent working EF: READ BINARY reads it ({@code 82} = {@code 01}). */
        TRANSPARENT(0x01),
        /** An internal EF holding a key object: the card uses it, READ BINARY answers {@code 6981}. */
        INTERNAL(0x09);

        private final int descriptor;

        Structure(int descriptor) {
            this.descriptor = descriptor;
        }

        /**
         * Returns the file descriptor byte.
         *
         * @return the first byte of FCI tag {@code 82}
         */
        public int descriptor() {
            return descriptor;
        }
    }

    private final int fid;
    private final DedicatedFile parent;
    private final byte[] content;
    private final Structure structure;
    private final int readCondition;

    ElementaryFile(int fid, DedicatedFile parent, byte[] content, Structure structure, int readCondition) {
        this.fid = fid;
        this.parent = parent;
        this.content = content.clone();
        this.structure = structure;
        this.readCondition = readCondition;
    }

    @Override
    public int fid() {
        return fid;
    }

    @Override
    public DedicatedFile parent() {
        return parent;
    }

    /**
     * Returns the file size, as reported in FCI tag {@code 80}.
     *
     * @return the number of content bytes
     */
    public int size() {
        return content.length;
    }

    /**
     * Copies part of the content.
     *
     * @param offset the first byte, 0 to {@link #size()}
     * @param length how many bytes, with {@code offset + length <= size()}
     * @return a new array
     */
    public byte[] read(int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(content, offset, out, 0, length);
        return out;
    }

    /**
     * Returns the structure of the file.
     *
     * @return transparent or internal
     */
    public Structure structure() {
        return structure;
    }

    /**
     * Returns the READ access condition byte: {@code 00} always, {@code FF} never, otherwise the BSO id of the
     * secret that must be verified.
     *
     * @return the READ condition
     */
    public int readCondition() {
        return readCondition;
    }

    /**
     * Returns READ as configured and every other operation (update, write, invalidate, rehabilitate, erase, admin,
     * increase, decrease) as never, the pattern of the real EF.Dati_personali FCI ({@code docs/card.md §1.2}).
     *
     * @return nine bytes
     */
    @Override
    public byte[] securityAttributes() {
        byte[] attributes = DedicatedFile.filled(0xFF);
        attributes[0] = (byte) readCondition;
        return attributes;
    }
}
