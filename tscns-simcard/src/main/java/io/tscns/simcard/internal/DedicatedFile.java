package io.tscns.simcard.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dedicated file (<i>DF</i>): the MF or a directory below it, holding other files by FID. The children are fixed
 * once the card is built; the structure is not thread-safe on its own and is guarded by the card.
 */
public final class DedicatedFile implements FileNode {

    /** DF security attributes: nothing can be created, deleted or changed on an issued card. */
    private static final byte[] DF_ATTRIBUTES = filled(0xFF);

    private final int fid;
    private final DedicatedFile parent;
    private final Map<Integer, FileNode> children = new LinkedHashMap<>();
    private final byte[] name;

    private DedicatedFile(int fid, DedicatedFile parent) {
        this(fid, parent, new byte[0]);
    }

    private DedicatedFile(int fid, DedicatedFile parent, byte[] name) {
        this.fid = fid;
        this.parent = parent;
        this.name = name.clone();
    }

    /**
     * Creates an application selected by its AID that acts as the MF of its files: a root DF that names itself 3F00,
     * as the ACe 2025 applet's FCI does ({@code docs/card.md §10.1}).
     *
     * @param aid the application identifier, its DF name
     * @return a new, empty application root
     */
    public static DedicatedFile application(byte[] aid) {
        return new DedicatedFile(FileSystem.MF, null, aid);
    }

    /**
     * Returns the DF name (the AID of an application).
     *
     * @return a copy, empty for a DF without a name
     */
    public byte[] name() {
        return name.clone();
    }

    /**
     * Creates the master file (<i>MF</i>, FID 3F00).
     *
     * @return a new, empty MF
     */
    public static DedicatedFile masterFile() {
        return new DedicatedFile(FileSystem.MF, null);
    }

    /**
     * Creates a DF inside this one.
     *
     * @param childFid the new DF's FID
     * @return the new DF
     * @throws IllegalArgumentException if this DF already holds a file with that FID
     */
    public DedicatedFile addDirectory(int childFid) {
        DedicatedFile child = new DedicatedFile(childFid, this);
        add(child);
        return child;
    }

    /**
     * Creates an EF inside this one.
     *
     * @param childFid  the new EF's FID
     * @param content   the content, copied; its length is the file size
     * @param structure transparent or internal
     * @param read      the READ access condition
     * @return the new EF
     * @throws IllegalArgumentException if this DF already holds a file with that FID
     */
    public ElementaryFile addFile(int childFid, byte[] content, ElementaryFile.Structure structure, int read) {
        ElementaryFile child = new ElementaryFile(childFid, this, content, structure, read);
        add(child);
        return child;
    }

    private void add(FileNode child) {
        if (child.fid() == FileSystem.MF || child.fid() == fid || children.putIfAbsent(child.fid(), child) != null) {
            throw new IllegalArgumentException("file " + String.format("%04X", child.fid()) + " cannot be added to DF "
                    + String.format("%04X", fid));
        }
    }

    /**
     * Returns the file with this FID directly inside this DF.
     *
     * @param childFid the FID
     * @return the file, or {@code null} if there is none
     */
    public FileNode child(int childFid) {
        return children.get(childFid);
    }

    /**
     * Returns the files directly inside this DF, in the order they were added.
     *
     * @return an unmodifiable view
     */
    public Map<Integer, FileNode> children() {
        return Collections.unmodifiableMap(children);
    }

    @Override
    public int fid() {
        return fid;
    }

    @Override
    public DedicatedFile parent() {
        return parent;
    }

    @Override
    public byte[] securityAttributes() {
        return DF_ATTRIBUTES.clone();
    }

    static byte[] filled(int value) {
        byte[] bytes = new byte[FciEncoder.SECURITY_ATTRIBUTE_COUNT];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
