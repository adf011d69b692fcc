package io.tscns.simcard.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file tree of the simulated card and the rules for finding a file from a FID or a path
 * ({@code docs/card.md §1.1}, ISO/IEC 7816-4 §7.1.1). Lookups never change the selection; the card's volatile state
 * does that once a lookup succeeds.
 */
public final class FileSystem {

    /** FID of the master file. */
    public static final int MF = 0x3F00;

    private final DedicatedFile masterFile;
    private final List<DedicatedFile> applications;
    private final Map<Integer, byte[]> dataObjects;

    /**
     * Wraps a finished tree.
     *
     * @param masterFile the MF, with every file already added
     */
    public FileSystem(DedicatedFile masterFile) {
        this(masterFile, List.of(), Map.of());
    }

    /**
     * Wraps a finished tree and the applications selected by AID, each the root of its own files.
     *
     * @param masterFile   the MF
     * @param applications the application roots ({@link DedicatedFile#application(byte[])})
     * @param dataObjects  what GET DATA answers, by P1 P2; copied
     */
    public FileSystem(DedicatedFile masterFile, List<DedicatedFile> applications, Map<Integer, byte[]> dataObjects) {
        this.masterFile = masterFile;
        this.applications = List.copyOf(applications);
        Map<Integer, byte[]> copies = new HashMap<>();
        dataObjects.forEach((tag, value) -> copies.put(tag, value.clone()));
        this.dataObjects = Map.copyOf(copies);
    }

    /**
     * Finds an application by its AID, as SELECT with P1 = 04 does (the whole name must match).
     *
     * @param aid the DF name sent
     * @return the application root, or {@code null} if the card has no such application
     */
    public DedicatedFile application(byte[] aid) {
        for (DedicatedFile application : applications) {
            if (Arrays.equals(application.name(), aid)) {
                return application;
            }
        }
        return null;
    }

    /**
     * Returns what GET DATA answers for a tag.
     *
     * @param tag P1 P2 as one number
     * @return a copy of the data object, or {@code null} if the card has none
     */
    public byte[] dataObject(int tag) {
        byte[] value = dataObjects.get(tag);
        return value == null ? null : value.clone();
    }

    /**
     * Returns where SELECT with P1 = 09 starts: the current DF on a classic card; the application on an applet-based
     * card, whose public trace walks paths from the application after an EF in a sub-DF was selected
     * ({@code docs/card.md §10.1}).
     *
     * @param currentDf the current DF
     * @return the DF the path starts from
     */
    public static DedicatedFile relativePathStart(DedicatedFile currentDf) {
        DedicatedFile root = rootOf(currentDf);
        return root.name().length > 0 ? root : currentDf;
    }

    /**
     * Returns the root the current DF belongs to: the MF, or the application acting as the MF of its files.
     *
     * @param currentDf the current DF
     * @return the root DF
     */
    public static DedicatedFile rootOf(DedicatedFile currentDf) {
        DedicatedFile root = currentDf;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root;
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
     * Walks a path of FIDs from a starting DF (SELECT P1 = 08 from the root, P1 = 09 from the current DF). Every FID
     * but the last must name a DF. A path from a root may repeat the root's FID 3F00 at its start, as some middleware
     * sends it.
     *
     * @param start the DF the path starts from
     * @param path  the path bytes, an even number, at least two
     * @return the file, or {@code null} if the path leads nowhere
     */
    public FileNode byPath(DedicatedFile start, byte[] path) {
        int first = 0;
        if (start.parent() == null && fidAt(path, 0) == MF) {
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
