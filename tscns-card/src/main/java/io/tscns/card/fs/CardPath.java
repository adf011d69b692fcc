package io.tscns.card.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * An absolute path on the card (<i>percorso assoluto</i>): the master file 3F00 followed by the identifiers of the
 * DFs and of the file, e.g. {@code 3F00/1100/1102} for EF.Dati_personali ({@code docs/card.md §1.1}). The SDK selects
 * files by absolute path from the MF, as OpenSC does. Immutable.
 *
 * @param fileIds the identifiers, the first being 3F00
 * @since 0.1.0
 */
public record CardPath(List<FileId> fileIds) {

    /** The path of the master file alone. */
    public static final CardPath MASTER_FILE = new CardPath(List.of(FileId.MASTER_FILE));

    /**
     * Checks that the path starts at the MF and does not name it again.
     *
     * @throws InvalidCardPathException if it does not
     */
    public CardPath {
        fileIds = List.copyOf(fileIds);
        if (fileIds.isEmpty() || !fileIds.get(0).equals(FileId.MASTER_FILE)) {
            throw new InvalidCardPathException("an absolute path starts with 3F00");
        }
        if (fileIds.lastIndexOf(FileId.MASTER_FILE) != 0) {
            throw new InvalidCardPathException("3F00 appears inside the path " + render(fileIds));
        }
    }

    /**
     * Reads a path written as identifiers separated by {@code /}, or as one run of hexadecimal digits.
     *
     * @param text e.g. {@code "3F00/1000/1003"} or {@code "3F0010001003"}
     * @return the path
     * @throws InvalidCardPathException if the text is not such a path
     */
    public static CardPath parse(String text) {
        String digits = text.replace("/", "");
        if (digits.isEmpty() || digits.length() % 4 != 0) {
            throw new InvalidCardPathException("path \"" + text + "\" is not a sequence of 4-digit file identifiers");
        }
        List<FileId> ids = new ArrayList<>();
        for (int i = 0; i < digits.length(); i += 4) {
            ids.add(FileId.parse(digits.substring(i, i + 4)));
        }
        return new CardPath(ids);
    }

    /**
     * Tells whether this is the MF alone.
     *
     * @return {@code true} for {@code 3F00}
     */
    public boolean isMasterFile() {
        return fileIds.size() == 1;
    }

    /**
     * Returns the file identifier the path ends with.
     *
     * @return the last identifier
     */
    public FileId fileId() {
        return fileIds.get(fileIds.size() - 1);
    }

    /**
     * Returns the path after the MF as bytes, the data of SELECT by path from the MF (P1 = 08).
     *
     * @return two bytes per identifier after 3F00
     */
    public byte[] withoutMasterFile() {
        byte[] bytes = new byte[(fileIds.size() - 1) * 2];
        for (int i = 1; i < fileIds.size(); i++) {
            bytes[2 * (i - 1)] = (byte) (fileIds.get(i).value() >>> 8);
            bytes[2 * (i - 1) + 1] = (byte) fileIds.get(i).value();
        }
        return bytes;
    }

    /**
     * Returns the path with {@code /} between identifiers.
     *
     * @return e.g. {@code "3F00/1100/1102"}
     */
    @Override
    public String toString() {
        return render(fileIds);
    }

    private static String render(List<FileId> ids) {
        return String.join("/", ids.stream().map(FileId::toString).toList());
    }
}
