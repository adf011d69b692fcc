package io.tscns.simcard.internal;

/**
 * READ BINARY ({@code B0}), ISO/IEC 7816-4 §11.2.3, on the current EF at a 15-bit offset in P1-P2, with any Le the
 * command allows (short, or extended up to 65536 when the profile supports extended length).
 *
 * <p>End of file follows {@code docs/card.md §4.4}, which OpenSC's read loop depends on: fewer bytes left than Ne
 * gives those bytes with {@code 6282}; an offset equal to the size gives {@code 6282} with no data, a clean end for
 * OpenSC's loop (and for {@code itacns_get_serialnr}, which asks 256 bytes of the 16-byte EF.ID_Carta); an offset
 * past the end gives {@code 6B00}. The READ access condition is enforced: {@code 6982} until the PIN is verified,
 * {@code 6985} for a file never readable, {@code 6981} for an internal (key) file, {@code 6986} with no current EF.
 * Reading by short EF identifier (P1 bit 8) is not supported: {@code 6A81}.
 */
final class ReadBinaryCommand {

    private final VolatileState state;

    ReadBinaryCommand(VolatileState state) {
        this.state = state;
    }

    Reply handle(Command command, byte[] data) {
        if ((command.p1() & 0x80) != 0) {
            throw new CardError(StatusWords.FUNCTION_NOT_SUPPORTED);
        }
        if (data.length != 0 || command.ne() == 0) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        ElementaryFile ef = state.currentEf();
        if (ef == null) {
            throw new CardError(StatusWords.NO_CURRENT_EF);
        }
        if (ef.structure() != ElementaryFile.Structure.TRANSPARENT) {
            throw new CardError(StatusWords.INCOMPATIBLE_FILE_STRUCTURE);
        }
        AccessRules.requireRead(ef, state);
        int offset = (command.p1() << 8) | command.p2();
        if (offset > ef.size()) {
            throw new CardError(StatusWords.OFFSET_OUTSIDE_EF);
        }
        int available = ef.size() - offset;
        if (available < command.ne()) {
            return new Reply(ef.read(offset, available), StatusWords.END_OF_FILE);
        }
        return Reply.success(ef.read(offset, command.ne()));
    }
}
