package io.tscns.simcard.internal;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The card's command interpreter: checks the class byte, reads the APDU with the strict ISO/IEC 7816-4 parser,
 * joins command chains, dispatches on INS and fits the response to Ne.
 *
 * <ul>
 *   <li>CLA: {@code 00}, or {@code 10} for a non-final part of a chain; secure messaging answers {@code 6882},
 *       logical channels {@code 6881}, any other class {@code 6E00}.</li>
 *   <li>A malformed APDU, and an extended-length APDU on a card without extended length, answers
 *       {@code 6700}.</li>
 *   <li>Chaining (CLA bit {@code 10}) is accepted for PSO and INTERNAL AUTHENTICATE ({@code 6884} for any other
 *       INS); the chain joins at most {@link VolatileState#MAX_CHAIN_LENGTH} bytes; a command that does not continue
 *       the chain in progress drops it and answers {@code 6883}.</li>
 *   <li>An unknown INS answers {@code 6D00}; so does GET DATA of a tag the card does not hold (every tag on a
 *       classic card), so no OpenSC driver other than the CNS one claims the card, {@code docs/card.md §4.1};
 *       the {@code st2022-nfc} profile answers its model to GET DATA 01 80 ({@code docs/card.md §10.2}).</li>
 *   <li>Response data longer than Ne is cut at Ne and the rest waits for GET RESPONSE ({@code C0}) under
 *       {@code 61xx}; any other command drops waiting bytes.</li>
 * </ul>
 *
 * Not thread-safe; the card calls it under its lock. Every copy of command data is wiped after the command.
 */
public final class CommandProcessor {

    private static final int INS_SELECT = 0xA4;
    private static final int INS_READ_BINARY = 0xB0;
    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_RESET_RETRY_COUNTER = 0x2C;
    private static final int INS_MANAGE_SECURITY_ENVIRONMENT = 0x22;
    private static final int INS_PERFORM_SECURITY_OPERATION = 0x2A;
    private static final int INS_INTERNAL_AUTHENTICATE = 0x88;
    private static final int INS_GET_CHALLENGE = 0x84;
    private static final int INS_GET_RESPONSE = 0xC0;
    private static final int INS_GET_DATA = 0xCA;

    private static final int CLA_CHAINING = 0x10;

    private final FileSystem files;
    private final VolatileState state;
    private final boolean extendedLength;
    private final SelectCommand select;
    private final ReadBinaryCommand readBinary;
    private final PinCommands pins;
    private final SecurityEnvironmentCommand securityEnvironment;
    private final KeyCommands keys;

    /**
     * Wires the interpreter to the card's parts.
     *
     * @param files          the file tree
     * @param state          the volatile state
     * @param pin            the user PIN
     * @param puk            the PUK
     * @param key            the card's key pair
     * @param random         the card's random generator (GET CHALLENGE)
     * @param extendedLength whether the card accepts extended-length APDUs
     */
    public CommandProcessor(
            FileSystem files,
            VolatileState state,
            ReferenceData pin,
            ReferenceData puk,
            OnChipKey key,
            SecureRandom random,
            boolean extendedLength) {
        this.files = files;
        this.state = state;
        this.extendedLength = extendedLength;
        this.select = new SelectCommand(files, state);
        this.readBinary = new ReadBinaryCommand(state);
        this.pins = new PinCommands(pin, puk, state);
        this.securityEnvironment = new SecurityEnvironmentCommand(state);
        this.keys = new KeyCommands(key, state, random);
    }

    /**
     * Processes one command APDU.
     *
     * @param raw the command bytes; not modified
     * @return the response: data, then SW1 SW2
     */
    public byte[] process(byte[] raw) {
        Command command = null;
        byte[] data = null;
        try {
            command = parse(raw);
            if (command.ins() != INS_GET_RESPONSE) {
                state.dropPendingResponse();
            }
            data = command.data();
            if (state.chainInProgress() && !state.continuesChain(command.ins(), command.p1(), command.p2())) {
                state.abortChain();
                throw new CardError(StatusWords.LAST_COMMAND_OF_CHAIN_EXPECTED);
            }
            if ((command.cla() & CLA_CHAINING) != 0) {
                if (command.ins() != INS_PERFORM_SECURITY_OPERATION && command.ins() != INS_INTERNAL_AUTHENTICATE) {
                    throw new CardError(StatusWords.CHAINING_NOT_SUPPORTED);
                }
                state.appendToChain(command.ins(), command.p1(), command.p2(), data);
                return status(StatusWords.SUCCESS);
            }
            if (state.chainInProgress()) {
                byte[] last = data;
                data = state.completeChain(last);
                Arrays.fill(last, (byte) 0);
            }
            return fit(dispatch(command, data), command.ne());
        } catch (CardError e) {
            return status(e.sw());
        } finally {
            if (data != null) {
                Arrays.fill(data, (byte) 0);
            }
            if (command != null) {
                command.wipe();
            }
        }
    }

    private Command parse(byte[] raw) {
        if (raw.length < 4) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        int cla = raw[0] & 0xFF;
        if ((cla & 0xE0) != 0) {
            throw new CardError(StatusWords.CLA_NOT_SUPPORTED);
        }
        if ((cla & 0x0C) != 0) {
            throw new CardError(StatusWords.SECURE_MESSAGING_NOT_SUPPORTED);
        }
        if ((cla & 0x03) != 0) {
            throw new CardError(StatusWords.LOGICAL_CHANNEL_NOT_SUPPORTED);
        }
        boolean extendedForm = raw.length >= 7 && raw[4] == 0;
        if (extendedForm && !extendedLength) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        return Command.decode(raw);
    }

    private Reply dispatch(Command command, byte[] data) {
        return switch (command.ins()) {
            case INS_SELECT -> select.handle(command, data);
            case INS_READ_BINARY -> readBinary.handle(command, data);
            case INS_VERIFY -> pins.verify(command, data);
            case INS_CHANGE_REFERENCE_DATA -> pins.changeReferenceData(command, data);
            case INS_RESET_RETRY_COUNTER -> pins.resetRetryCounter(command, data);
            case INS_MANAGE_SECURITY_ENVIRONMENT -> securityEnvironment.handle(command, data);
            case INS_PERFORM_SECURITY_OPERATION -> keys.performSecurityOperation(command, data);
            case INS_INTERNAL_AUTHENTICATE -> keys.internalAuthenticate(command, data);
            case INS_GET_CHALLENGE -> keys.getChallenge(command, data);
            case INS_GET_RESPONSE -> getResponse(command, data);
            case INS_GET_DATA -> getData(command);
            default -> throw new CardError(StatusWords.INS_NOT_SUPPORTED);
        };
    }

    /** GET DATA: the profile's data objects (the ST2022's model); a card without any has no such command. */
    private Reply getData(Command command) {
        byte[] value = files.dataObject(command.p1() << 8 | command.p2());
        if (value == null) {
            throw new CardError(StatusWords.INS_NOT_SUPPORTED);
        }
        return Reply.success(value);
    }

    private Reply getResponse(Command command, byte[] data) {
        if (command.p1() != 0x00 || command.p2() != 0x00) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
        if (data.length != 0) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] waiting = state.takePendingResponse();
        if (waiting == null) {
            throw new CardError(StatusWords.CONDITIONS_OF_USE_NOT_SATISFIED);
        }
        return Reply.success(waiting);
    }

    private byte[] fit(Reply reply, int ne) {
        byte[] data = reply.data();
        if (data.length == 0) {
            return status(reply.sw());
        }
        if (data.length <= ne) {
            return withStatus(data, data.length, reply.sw());
        }
        state.pendingResponse(data, ne);
        return withStatus(data, ne, StatusWords.moreData(data.length - ne));
    }

    private static byte[] withStatus(byte[] data, int length, int sw) {
        byte[] out = Arrays.copyOf(data, length + 2);
        out[length] = (byte) (sw >>> 8);
        out[length + 1] = (byte) sw;
        return out;
    }

    private static byte[] status(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }
}
