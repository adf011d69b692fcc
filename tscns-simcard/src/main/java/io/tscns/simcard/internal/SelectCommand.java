package io.tscns.simcard.internal;


/**
 * SELECT ({@code A4}), ISO/IEC 7816-4 §11.1.1, as the CNS and OpenSC use it ({@code docs/card.md §4.2–4.3}):
 *
 * <ul>
 *   <li>P1 {@code 00}: the MF (no data or {@code 3F00}), the current DF, a file in it, its parent or a file in its
 *       parent;
 *       P1 {@code 01}: a DF in the current DF; P1 {@code 02}: an EF in the current DF; P1 {@code 03}: the parent DF;
 *       P1 {@code 08}: a path from the MF; P1 {@code 09}: a path from the current DF.</li>
 *   <li>P1 {@code 04} (by DF name, an AID) always answers {@code 6A82}: a TS-CNS holds no application the card
 *       could select by name, and answering {@code 9000} would let another OpenSC driver (muscle, mcrd) claim the
 *       card.</li>
 *   <li>P2 {@code 00} returns the FCI (template {@code 6F}), {@code 04} the FCP (template {@code 62}), {@code 0C}
 *       nothing. Without Le the card returns no data even for P2 {@code 00}, as a real card does
 *       ({@code docs/card.md §4.3}, older ad-hoc readers).</li>
 *   <li>An absent file answers exactly {@code 6A82} and leaves the selection unchanged.</li>
 * </ul>
 */
final class SelectCommand {

    private final FileSystem files;
    private final VolatileState state;

    SelectCommand(FileSystem files, VolatileState state) {
        this.files = files;
        this.state = state;
    }

    Reply handle(Command command, byte[] data) {
        int template = template(command.p2());
        FileNode target = find(command.p1(), data);
        if (target == null) {
            throw new CardError(StatusWords.FILE_NOT_FOUND);
        }
        state.select(target);
        if (template < 0 || command.ne() == 0) {
            return Reply.status(StatusWords.SUCCESS);
        }
        return Reply.success(FciEncoder.encode(target, template));
    }

    private static int template(int p2) {
        return switch (p2) {
            case 0x00 -> FciEncoder.FCI_TEMPLATE;
            case 0x04 -> FciEncoder.FCP_TEMPLATE;
            case 0x0C -> -1;
            default -> throw new CardError(StatusWords.WRONG_P1_P2);
        };
    }

    private FileNode find(int p1, byte[] data) {
        DedicatedFile current = state.currentDf();
        return switch (p1) {
            case 0x00 -> data.length == 0 ? files.masterFile() : files.byFid(current, fid(data));
            case 0x01 -> data.length == 0 ? null : onlyDirectory(current.child(fid(data)));
            case 0x02 -> onlyFile(current.child(fid(data)));
            case 0x03 -> {
                requireNoData(data);
                yield current.parent();
            }
            case 0x04 -> null;
            case 0x08 -> files.byPath(files.masterFile(), path(data));
            case 0x09 -> files.byPath(current, path(data));
            default -> throw new CardError(StatusWords.WRONG_P1_P2);
        };
    }

    private static int fid(byte[] data) {
        if (data.length != 2) {
            throw new CardError(StatusWords.NC_INCONSISTENT_WITH_P1_P2);
        }
        return FileSystem.fidAt(data, 0);
    }

    private static byte[] path(byte[] data) {
        if (data.length == 0 || data.length % 2 != 0) {
            throw new CardError(StatusWords.NC_INCONSISTENT_WITH_P1_P2);
        }
        return data;
    }

    private static void requireNoData(byte[] data) {
        if (data.length != 0) {
            throw new CardError(StatusWords.NC_INCONSISTENT_WITH_P1_P2);
        }
    }

    private static FileNode onlyDirectory(FileNode node) {
        return node instanceof DedicatedFile ? node : null;
    }

    private static FileNode onlyFile(FileNode node) {
        return node instanceof ElementaryFile ? node : null;
    }
}
