package io.tscns.simcard.internal;

/**
 * SELECT ({@code A4}), ISO/IEC 7816-4 §11.1.1, as the CNS and OpenSC use it ({@code docs/card.md §4.2–4.3}):
 *
 * <ul>
 *   <li>P1 {@code 00}: the MF (no data or {@code 3F00}), the current DF, a file in it, its parent or a file in its
 *       parent;
 *       P1 {@code 01}: a DF in the current DF; P1 {@code 02}: an EF in the current DF; P1 {@code 03}: the parent DF;
 *       P1 {@code 08}: a path from the root (the MF, or the selected application acting as the MF,
 *       {@code docs/card.md §10}); P1 {@code 09}: a path from the current DF, which inside an application is the
 *       application itself (the ACe 2025 trace selects 1100/1102, then D003 and DA01/C001 with P1 {@code 09} and
 *       nothing between, {@code docs/card.md §10.1}).</li>
 *   <li>P1 {@code 04} (by DF name, an AID) selects an application of an applet-based profile when the whole AID
 *       matches; anything else answers {@code 6A82}: a classic TS-CNS holds no application, and answering
 *       {@code 9000} would let another OpenSC driver (muscle, mcrd) claim the card.</li>
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
            case 0x04 -> data.length == 0 ? null : files.application(data);
            case 0x08 -> files.byPath(FileSystem.rootOf(current), path(data));
            case 0x09 -> files.byPath(FileSystem.relativePathStart(current), path(data));
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
