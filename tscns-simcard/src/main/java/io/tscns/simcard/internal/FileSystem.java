package io.tscns.simcard.internal;

/**
 * The file tree of the simulated card and the rules for finding a file from a FID or a path
 * ({@code docs/card.md §1.1}, ISO/IEC 7816-4 §7.1.1). Lookups never change the selection; the card's volatile state
 * does that once a lookup succeeds.
 */
public final class FileSystem {

    /** FID of the master file. */
    public static final int MF = 0x3F00;

    private final DedicatedFile masterFile;

    /**
     * Wraps a finished tree.
     *
     * @param masterFile the MF, with every file already added
     */
    public FileSystem(DedicatedFile masterFile) {
        this.masterFile = masterFile;
    }

    /**
     * Returns the master file.
     *
     * @return the MF
     */
    public DedicatedFile masterFile() {
        return masterFile;
    }

    /**
     * Finds a file by FID the way SELECT with P1 = 00 does (ISO/IEC 7816-4 §7.1.1): the MF, the current DF itself, a
     * file directly in the current DF, the parent of the current DF, or a file directly in that parent.
     *
     * @param currentDf the current DF
     * @param fid       the FID
     * @return the file, or {@code null} if none matches
     */
    public FileNode byFid(DedicatedFile currentDf, int fid) {
        if (fid == MF) {
            return masterFile;
        }
        if (currentDf.fid() == fid) {
            return currentDf;
        }
        FileNode child = currentDf.child(fid);
        if (child != null) {
            return child;
        }
        DedicatedFile parent = currentDf.parent();
        if (parent == null) {
            return null;
        }
        return parent.fid() == fid ? parent : parent.child(fid);
    }

    /**
     * Walks a path of FIDs from a starting DF (SELECT P1 = 08 from the MF, P1 = 09 from the current DF). Every FID
     * but the last must name a DF. A path from the MF may repeat the MF's own FID at its start, as some middleware
     * sends it.
     *
     * @param start the DF the path starts from
     * @param path  the path bytes, an even number, at least two
     * @return the file, or {@code null} if the path leads nowhere
     */
    public FileNode byPath(DedicatedFile start, byte[] path) {
        int first = 0;
        if (start == masterFile && fidAt(path, 0) == MF) {
            if (path.length == 2) {
                return masterFile;
            }
            first = 2;
        }
        FileNode node = start;
        for (int i = first; i < path.length; i += 2) {
            if (!(node instanceof DedicatedFile df)) {
                return null;
            }
            node = df.child(fidAt(path, i));
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Reads a big-endian FID from two bytes.
     *
     * @param bytes  the bytes
     * @param offset where the FID starts
     * @return the FID
     */
    public static int fidAt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
