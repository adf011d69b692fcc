package io.tscns.card.apdu;

/**
 * Builds every command a CNS card understands, byte for byte as {@code docs/card.md §4.3} records them (the APDUs
 * OpenSC 0.23 sends to a CNS, and the ISO/IEC 7816-4 forms they follow). CLA is always 00; command chaining sets
 * bit 0x10 later, in the transport.
 *
 * <p>Callers that pass a PIN or PUK block own it and wipe it; the returned command holds its own copy, which the
 * caller wipes with {@link CommandApdu#wipe()} once the command has been sent. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsCommands {

    /** The class byte of every CNS command (interindustry, no secure messaging, basic channel). */
    public static final int CLA = 0x00;
    /** Length of one PIN or PUK block on a CNS: 8 bytes, ASCII digits padded with FF ({@code docs/card.md §8}). */
    public static final int CODE_BLOCK_LENGTH = 8;
    /** The highest offset READ BINARY can address with P1 P2 (bit 8 of P1 must stay 0). */
    public static final int MAX_READ_OFFSET = 0x7FFF;

    private static final int MASTER_FILE = 0x3F00;
    private static final int P1_SELECT_BY_FID = 0x00;
    private static final int P1_SELECT_PATH_FROM_MF = 0x08;
    private static final int P1_SELECT_PATH_FROM_CURRENT_DF = 0x09;
    private static final int P1_SELECT_BY_NAME = 0x04;
    private static final int P2_RETURN_FCI = 0x00;
    private static final int P2_NO_RESPONSE_DATA = 0x0C;
    private static final int MSE_SET_FOR_COMPUTATION = 0xF1;
    private static final int MSE_RESTORE = 0xF3;
    private static final int TAG_KEY_REFERENCE = 0x83;

    private CnsCommands() {}

    /**
     * SELECT of the master file (<i>MF</i>, 3F00): {@code 00 A4 00 00 02 3F 00 00} with the FCI, or
     * {@code 00 A4 00 0C 02 3F 00} without.
     *
     * @param withFci whether the card should return the file control information
     * @return the command
     */
    public static CommandApdu selectMasterFile(boolean withFci) {
        return selectFile(MASTER_FILE, withFci);
    }

    /**
     * SELECT by file identifier under the current DF (P1 = 00): {@code 00 A4 00 00 02 <FID> 00} with the FCI.
     *
     * @param fid     the file identifier, 0000 to FFFF
     * @param withFci whether the card should return the file control information
     * @return the command
     */
    public static CommandApdu selectFile(int fid, boolean withFci) {
        byte[] data = {(byte) (fid >>> 8), (byte) fid};
        return select(P1_SELECT_BY_FID, data, withFci);
    }

    /**
     * SELECT by absolute path from the MF (P1 = 08): {@code 00 A4 08 00 Lc <path without 3F00> 00} with the FCI,
     * {@code 00 A4 08 0C Lc <path>} without.
     *
     * @param pathWithoutMf the file identifiers after 3F00, two bytes each (at least one)
     * @param withFci       whether the card should return the file control information
     * @return the command
     * @throws MalformedApduException if the path is empty or has an odd length
     */
    public static CommandApdu selectPath(byte[] pathWithoutMf, boolean withFci) {
        if (pathWithoutMf.length == 0 || pathWithoutMf.length % 2 != 0) {
            throw new MalformedApduException("a path from the MF is one or more 2-byte file identifiers; got "
                    + pathWithoutMf.length + " bytes");
        }
        return select(P1_SELECT_PATH_FROM_MF, pathWithoutMf, withFci);
    }

    /**
     * SELECT by path from the current DF (P1 = 09): {@code 00 A4 09 00 Lc <path> 00} with the FCI, as the official
     * middleware reads the ACe 2025 applet's files once its application is selected ({@code docs/card.md §10.1}).
     *
     * @param path    the file identifiers below the current DF, two bytes each (at least one)
     * @param withFci whether the card should return the file control information
     * @return the command
     * @throws MalformedApduException if the path is empty or has an odd length
     */
    public static CommandApdu selectPathFromCurrentDf(byte[] path, boolean withFci) {
        if (path.length == 0 || path.length % 2 != 0) {
            throw new MalformedApduException(
                    "a path from the current DF is one or more 2-byte file identifiers; got " + path.length + " bytes");
        }
        return select(P1_SELECT_PATH_FROM_CURRENT_DF, path, withFci);
    }

    /**
     * SELECT of an application by its AID (P1 = 04): {@code 00 A4 04 00 Lc <AID> 00}, with the FCI, as the official
     * middleware selects the ACe 2025 applet ({@code docs/card.md §4.3} note c, §10).
     *
     * @param aid the application identifier, 1 to 16 bytes
     * @return the command
     * @throws MalformedApduException if the AID is empty or longer than 16 bytes
     */
    public static CommandApdu selectApplication(byte[] aid) {
        if (aid.length == 0 || aid.length > 16) {
            throw new MalformedApduException("an AID is 1 to 16 bytes; got " + aid.length);
        }
        return select(P1_SELECT_BY_NAME, aid, true);
    }

    /**
     * GET DATA of a data object: {@code 00 CA <tag hi> <tag lo> 00}.
     *
     * @param tag the data object, P1 P2 as one number, e.g. {@code 0x0180}
     * @return the command
     * @throws MalformedApduException if the tag is not two bytes
     */
    public static CommandApdu getData(int tag) {
        if (tag < 0 || tag > 0xFFFF) {
            throw new MalformedApduException("a GET DATA tag is two bytes; got " + tag);
        }
        return CommandApdu.of(CLA, Instruction.GET_DATA.ins(), tag >>> 8, tag & 0xFF, CommandApdu.MAX_SHORT_NE);
    }

    private static CommandApdu select(int p1, byte[] data, boolean withFci) {
        return withFci
                ? CommandApdu.of(CLA, Instruction.SELECT.ins(), p1, P2_RETURN_FCI, data, CommandApdu.MAX_SHORT_NE)
                : CommandApdu.of(CLA, Instruction.SELECT.ins(), p1, P2_NO_RESPONSE_DATA, data);
    }

    /**
     * READ BINARY of the current EF: {@code 00 B0 <offset hi> <offset lo> <Le>}.
     *
     * @param offset the first byte to read, 0 to 7FFF
     * @param ne     how many bytes to read, 1 to 65536 (above 256 the command is extended)
     * @return the command
     * @throws MalformedApduException if the offset or length is out of range
     */
    public static CommandApdu readBinary(int offset, int ne) {
        if (offset < 0 || offset > MAX_READ_OFFSET) {
            throw new MalformedApduException("READ BINARY offset is " + offset + "; expected 0 to " + MAX_READ_OFFSET);
        }
        if (ne < 1) {
            throw new MalformedApduException("READ BINARY length is " + ne + "; expected at least 1");
        }
        return CommandApdu.of(CLA, Instruction.READ_BINARY.ins(), offset >>> 8, offset & 0xFF, ne);
    }

    /**
     * VERIFY of a PIN or PUK: {@code 00 20 00 <reference> 08 <block>}.
     *
     * @param reference the PIN reference, e.g. 10 (90 on STIncard masks)
     * @param block     the 8-byte block, ASCII digits padded with FF; copied, the caller wipes its own array
     * @return the command; wipe it after sending
     * @throws MalformedApduException if the block is not 8 bytes
     */
    public static CommandApdu verify(int reference, byte[] block) {
        checkBlocks(block, 1);
        return CommandApdu.of(CLA, Instruction.VERIFY.ins(), 0x00, reference, block);
    }

    /**
     * VERIFY with no data, which asks for the retry counter without spending a try:
     * {@code 00 20 00 <reference>}. The card answers 9000 (already verified), 63Cx (x tries left) or 6983
     * (blocked).
     *
     * @param reference the PIN or PUK reference
     * @return the command
     */
    public static CommandApdu verifyStatus(int reference) {
        return CommandApdu.of(CLA, Instruction.VERIFY.ins(), 0x00, reference);
    }

    /**
     * CHANGE REFERENCE DATA: {@code 00 24 00 <reference> 10 <old block> <new block>}.
     *
     * @param reference the PIN reference
     * @param blocks    the old and the new 8-byte blocks, 16 bytes; copied, the caller wipes its own array
     * @return the command; wipe it after sending
     * @throws MalformedApduException if the blocks are not 16 bytes
     */
    public static CommandApdu changeReferenceData(int reference, byte[] blocks) {
        checkBlocks(blocks, 2);
        return CommandApdu.of(CLA, Instruction.CHANGE_REFERENCE_DATA.ins(), 0x00, reference, blocks);
    }

    /**
     * RESET RETRY COUNTER with the PUK and a new PIN (P1 = 00): {@code 00 2C 00 <PIN reference> 10 <PUK block>
     * <new PIN block>}. P2 is the reference of the PIN being unblocked, not the PUK's ({@code docs/card.md §4.3}).
     *
     * @param pinReference the reference of the blocked PIN
     * @param blocks       the PUK block and the new PIN block, 16 bytes; copied, the caller wipes its own array
     * @return the command; wipe it after sending
     * @throws MalformedApduException if the blocks are not 16 bytes
     */
    public static CommandApdu resetRetryCounter(int pinReference, byte[] blocks) {
        checkBlocks(blocks, 2);
        return CommandApdu.of(CLA, Instruction.RESET_RETRY_COUNTER.ins(), 0x00, pinReference, blocks);
    }

    /**
     * RESET RETRY COUNTER with the PUK only (P1 = 01), which unblocks the PIN and keeps its value:
     * {@code 00 2C 01 <PIN reference> 08 <PUK block>}.
     *
     * @param pinReference the reference of the blocked PIN
     * @param pukBlock     the 8-byte PUK block; copied, the caller wipes its own array
     * @return the command; wipe it after sending
     * @throws MalformedApduException if the block is not 8 bytes
     */
    public static CommandApdu resetRetryCounterKeepingPin(int pinReference, byte[] pukBlock) {
        checkBlocks(pukBlock, 1);
        return CommandApdu.of(CLA, Instruction.RESET_RETRY_COUNTER.ins(), 0x01, pinReference, pukBlock);
    }

    private static void checkBlocks(byte[] data, int blocks) {
        if (data.length != blocks * CODE_BLOCK_LENGTH) {
            throw new MalformedApduException(
                    "expected " + blocks * CODE_BLOCK_LENGTH + " bytes of PIN/PUK blocks; got " + data.length);
        }
    }

    /**
     * MANAGE SECURITY ENVIRONMENT RESTORE: {@code 00 22 F3 <SE> 00}. The trailing 00 is the byte the CNS
     * specification requires (§13.14, as quoted by OpenSC's driver), which ISO encoding reads as Le.
     *
     * @param securityEnvironment the security environment number, e.g. 03
     * @return the command
     */
    public static CommandApdu restoreSecurityEnvironment(int securityEnvironment) {
        return CommandApdu.of(
                CLA,
                Instruction.MANAGE_SECURITY_ENVIRONMENT.ins(),
                MSE_RESTORE,
                securityEnvironment,
                CommandApdu.MAX_SHORT_NE);
    }

    /**
     * MANAGE SECURITY ENVIRONMENT SET for computation: {@code 00 22 F1 <template> 03 83 01 <key reference>}.
     *
     * @param template     which operation the key is set for
     * @param keyReference the private key reference, e.g. 01 for the authentication key
     * @return the command
     */
    public static CommandApdu setSecurityEnvironment(ControlReferenceTemplate template, int keyReference) {
        byte[] data = {(byte) TAG_KEY_REFERENCE, 0x01, (byte) keyReference};
        return CommandApdu.of(
                CLA, Instruction.MANAGE_SECURITY_ENVIRONMENT.ins(), MSE_SET_FOR_COMPUTATION, template.tag(), data);
    }

    /**
     * PSO COMPUTE DIGITAL SIGNATURE: {@code 00 2A 9E 9A Lc <input> Le}.
     *
     * @param input the data to sign (a DigestInfo, or a full PKCS#1 block)
     * @param ne    the expected signature length (the modulus length)
     * @return the command, extended when the input exceeds 255 bytes or the signature 256
     */
    public static CommandApdu computeDigitalSignature(byte[] input, int ne) {
        return CommandApdu.of(CLA, Instruction.PERFORM_SECURITY_OPERATION.ins(), 0x9E, 0x9A, input, ne);
    }

    /**
     * PSO DECIPHER: {@code 00 2A 80 86 Lc 00 <cryptogram> Le}; the leading 00 is the padding indicator.
     *
     * @param cryptogram the RSA input block, exactly the modulus length
     * @param ne         the expected output length (the modulus length)
     * @return the command, extended or to be chained when the data exceeds 255 bytes
     */
    public static CommandApdu decipher(byte[] cryptogram, int ne) {
        byte[] data = new byte[cryptogram.length + 1];
        System.arraycopy(cryptogram, 0, data, 1, cryptogram.length);
        return CommandApdu.of(CLA, Instruction.PERFORM_SECURITY_OPERATION.ins(), 0x80, 0x86, data, ne);
    }

    /**
     * INTERNAL AUTHENTICATE (ISO/IEC 7816-4 §7.5.2): {@code 00 88 00 <key reference> Lc <data> Le}.
     *
     * @param keyReference the key reference in P2, or 00 for the key set by MSE
     * @param data         the authentication input
     * @param ne           the expected response length
     * @return the command
     */
    public static CommandApdu internalAuthenticate(int keyReference, byte[] data, int ne) {
        return CommandApdu.of(CLA, Instruction.INTERNAL_AUTHENTICATE.ins(), 0x00, keyReference, data, ne);
    }

    /**
     * GET CHALLENGE: {@code 00 84 00 00 <length>}.
     *
     * @param length how many random bytes to ask for, 1 to 256
     * @return the command
     * @throws MalformedApduException if the length is out of range
     */
    public static CommandApdu getChallenge(int length) {
        if (length < 1 || length > CommandApdu.MAX_SHORT_NE) {
            throw new MalformedApduException("GET CHALLENGE length is " + length + "; expected 1 to 256");
        }
        return CommandApdu.of(CLA, Instruction.GET_CHALLENGE.ins(), 0x00, 0x00, length);
    }

    /**
     * GET RESPONSE: {@code <CLA> C0 00 00 <length>}, sent after SW 61xx.
     *
     * @param cla    the class byte (the logical channel of the command whose response is fetched)
     * @param length how many bytes are waiting, 1 to 256
     * @return the command
     */
    public static CommandApdu getResponse(int cla, int length) {
        return CommandApdu.of(cla, Instruction.GET_RESPONSE.ins(), 0x00, 0x00, length);
    }
}
