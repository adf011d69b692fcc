package io.tscns.simcard;

import io.tscns.simcard.internal.CommandProcessor;
import io.tscns.simcard.internal.DedicatedFile;
import io.tscns.simcard.internal.ElementaryFile;
import io.tscns.simcard.internal.FaultSchedule;
import io.tscns.simcard.internal.FileNode;
import io.tscns.simcard.internal.FileSystem;
import io.tscns.simcard.internal.OnChipKey;
import io.tscns.simcard.internal.ReferenceData;
import io.tscns.simcard.internal.VolatileState;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated TS-CNS smart card (<i>Tessera Sanitaria – Carta Nazionale dei Servizi</i>): the CNS file system,
 * the PIN and PUK with their retry counters, and an RSA key that never leaves the chip, answering command APDUs the
 * way OpenSC 0.23 expects a real card to ({@code docs/card.md §1–§5}, {@code docs/pcsc.md §5}).
 *
 * <p>It is the engine behind every access path: {@link #process(byte[])} in the same thread, the
 * {@code javax.smartcardio} provider of simulated readers and the vpcd bridge to the real PC/SC stack. Build one with
 * {@link #builder(SimulatedProfile)}, or get a consistent card for a holder from the card factory.
 *
 * <h2>Life cycle</h2>
 * A new card is not powered. {@link #powerOn()} and {@link #reset()} return the ATR and reset the volatile state
 * (the MF becomes current; the PIN is no longer verified; the security environment, a command chain and waiting
 * response bytes are dropped). Files, the key, the PIN, the PUK and their retry counters persist across resets, as
 * on a real card. {@link #process(byte[])} on an unpowered card throws {@link SimulatedCardException}.
 *
 * <h2>Commands</h2>
 * SELECT (by FID, by path, the MF; by AID the application of an applet-based profile, anything else {@code 6A82}), READ BINARY (any offset, short or
 * extended Le, OpenSC's end-of-file rules), VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER, MSE RESTORE/SET, PSO
 * COMPUTE DIGITAL SIGNATURE, PSO DECIPHER with command chaining, INTERNAL AUTHENTICATE, GET CHALLENGE and GET
 * RESPONSE. Anything else answers {@code 6D00}. A refused command is answered with its status word; no input makes
 * {@code process} throw anything but {@link SimulatedCardException}.
 *
 * <h2>Fault injection</h2>
 * {@link #injectFault(Fault)} makes the card disappear at a chosen APDU, answer a chosen status word, or respond
 * slowly.
 *
 * <h2>Secrets</h2>
 * The PIN and PUK are held as padded bytes, compared in constant time and wiped when replaced; command data is wiped
 * after each command; neither the log (SLF4J {@code debug}: header and status word only), nor
 * {@link ApduListener}s, nor {@link #toString()} ever see them.
 *
 * <p>Thread-safe: commands are processed one at a time, as a card does.
 *
 * @since 0.1.0
 */
public final class SimulatedCard {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCard.class);

    private final SimulatedProfile profile;
    private final byte[] atr;
    private final FileSystem files;
    private final VolatileState state;
    private final ReferenceData pin;
    private final ReferenceData puk;
    private final OnChipKey key;
    private final CommandProcessor processor;
    private final Sleeper sleeper;
    private final FaultSchedule faults = new FaultSchedule();
    private final List<ApduListener> listeners = new CopyOnWriteArrayList<>();

    private boolean powered;
    private long apduCount;

    SimulatedCard(
            SimulatedProfile profile,
            byte[] atr,
            FileSystem files,
            ReferenceData pin,
            ReferenceData puk,
            OnChipKey key,
            SecureRandom random,
            Sleeper sleeper) {
        this.profile = profile;
        this.atr = atr.clone();
        this.files = files;
        this.state = new VolatileState(files.masterFile());
        this.pin = pin;
        this.puk = puk;
        this.key = key;
        this.sleeper = sleeper;
        this.processor = new CommandProcessor(files, state, pin, puk, key, random, profile.extendedLength());
    }

    /**
     * Starts building a card of a profile.
     *
     * @param profile the chip family to simulate
     * @return a builder
     */
    public static SimulatedCardBuilder builder(SimulatedProfile profile) {
        return new SimulatedCardBuilder(profile);
    }

    /**
     * Returns the profile the card simulates.
     *
     * @return the profile
     */
    public SimulatedProfile profile() {
        return profile;
    }

    /**
     * Returns the answer to reset.
     *
     * @return a new array holding the card's ATR: the profile's, unless the builder gave another
     */
    public byte[] atr() {
        return atr.clone();
    }

    /**
     * Powers the card on (cold reset): resets the volatile state and returns the ATR.
     *
     * @return the ATR
     */
    public synchronized byte[] powerOn() {
        state.reset();
        powered = true;
        LOG.debug("card {} powered on", this);
        return atr();
    }

    /**
     * Resets the card (warm reset): the same as {@link #powerOn()} for the card's state; powers it on if needed.
     *
     * @return the ATR
     */
    public synchronized byte[] reset() {
        return powerOn();
    }

    /** Powers the card off; the volatile state is lost. */
    public synchronized void powerOff() {
        state.reset();
        powered = false;
        LOG.debug("card {} powered off", this);
    }

    /**
     * Tells whether the card is powered.
     *
     * @return {@code true} between {@link #powerOn()} and {@link #powerOff()} (or a removal fault)
     */
    public synchronized boolean isPowered() {
        return powered;
    }

    /**
     * Processes one command APDU and returns the card's response.
     *
     * @param command the command APDU bytes (not modified)
     * @return the response: data, then SW1 SW2
     * @throws SimulatedCardException if the card is not powered, if a removal fault fires (the card is then
     *                                unpowered), or if the thread is interrupted during an injected latency
     */
    public byte[] process(byte[] command) {
        Objects.requireNonNull(command, "command");
        int ins = command.length >= 4 ? command[1] & 0xFF : -1;
        FaultSchedule.Decision decision;
        synchronized (this) {
            requirePowered();
            apduCount++;
            decision = faults.next(apduCount, ins);
        }
        delay(decision.delay());
        byte[] response;
        synchronized (this) {
            requirePowered();
            if (decision.outcome() instanceof FaultAction.RemoveCard) {
                state.reset();
                powered = false;
                LOG.debug("card {} removed by an injected fault at APDU {}", this, apduCount);
                throw new SimulatedCardException(
                        SimulatedCardException.Reason.REMOVED, "the simulated card was removed by an injected fault");
            }
            if (decision.outcome() instanceof FaultAction.AnswerStatus answer) {
                state.dropPendingResponse();
                response = new byte[] {(byte) (answer.sw() >>> 8), (byte) answer.sw()};
            } else {
                response = processor.process(command);
            }
        }
        ApduExchange exchange = describe(command, response);
        LOG.debug("APDU {}", exchange);
        notifyListeners(exchange);
        return response;
    }

    private void requirePowered() {
        if (!powered) {
            throw new SimulatedCardException(
                    SimulatedCardException.Reason.NOT_POWERED,
                    "the simulated card is not powered; power it on or reset it first");
        }
    }

    private void delay(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatedCardException(
                    SimulatedCardException.Reason.INTERRUPTED,
                    "interrupted while the simulated card was delaying its answer by " + delay);
        }
    }

    private static ApduExchange describe(byte[] command, byte[] response) {
        int sw = ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
        if (command.length < 4) {
            return new ApduExchange(command.length, -1, -1, -1, -1, sw, response.length - 2);
        }
        return new ApduExchange(
                command.length,
                command[0] & 0xFF,
                command[1] & 0xFF,
                command[2] & 0xFF,
                command[3] & 0xFF,
                sw,
                response.length - 2);
    }

    private void notifyListeners(ApduExchange exchange) {
        for (ApduListener listener : listeners) {
            try {
                listener.exchanged(exchange);
            } catch (RuntimeException e) {
                LOG.warn("APDU listener {} failed; the card carries on", listener, e);
            }
        }
    }

    /**
     * Returns the public key of the card's key pair (the private key never leaves the card).
     *
     * @return the RSA public key
     */
    public RSAPublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * Returns the content of one of the card's files, as personalised, without sending any APDU. On an applet-based
     * profile the file is looked up where that profile keeps it (the {@code ace2025} card id is packed BCD).
     *
     * @param file the file
     * @return a copy of the content, or empty if the card does not hold the file
     */
    public Optional<byte[]> fileContent(CardFile file) {
        Optional<AppletLayout> applet = profile.applet();
        FileNode node =
                applet.<FileNode>map(layout -> files.application(layout.aid())).orElse(files.masterFile());
        int[] path = applet.isPresent() ? applet.get().paths().get(file) : file.pathBelowMf();
        if (path == null) {
            return Optional.empty();
        }
        for (int fid : path) {
            node = node instanceof DedicatedFile df ? df.child(fid) : null;
        }
        return node instanceof ElementaryFile ef ? Optional.of(ef.read(0, ef.size())) : Optional.empty();
    }

    /**
     * Returns the retry counters and the PIN's verified status.
     *
     * @return a snapshot
     */
    public synchronized SecurityStatus securityStatus() {
        return new SecurityStatus(
                pin.triesLeft(), pin.maxTries(), puk.triesLeft(), puk.maxTries(), powered && state.pinVerified());
    }

    /**
     * Returns how many command APDUs the card has received since it was built, including those a fault answered or
     * swallowed.
     *
     * @return the count
     */
    public synchronized long apduCount() {
        return apduCount;
    }

    /**
     * Injects a fault; its trigger counts APDUs from now.
     *
     * @param fault the fault
     */
    public synchronized void injectFault(Fault fault) {
        faults.inject(Objects.requireNonNull(fault, "fault"), apduCount);
    }

    /** Removes every injected fault. */
    public synchronized void clearFaults() {
        faults.clear();
    }

    /**
     * Adds a listener that sees every answered command (header and status word only).
     *
     * @param listener the listener
     */
    public void addListener(ApduListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(ApduListener listener) {
        listeners.remove(listener);
    }

    /**
     * Describes the card by profile and the ATR's CNS version; never any secret.
     *
     * @return for example {@code SimulatedCard[classic, CNS 11]}
     */
    @Override
    public String toString() {
        return "SimulatedCard[" + profile.cliName() + ", CNS "
                + HexFormat.of().withUpperCase().toHexDigits((byte) profile.cnsVersion()) + "]";
    }
}
