package io.tscns.simcard.smartcardio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The keypad of a simulated PIN-pad reader (<i>tastierino simulato</i>), scripted by a test that plays the user:
 * each {@link #type(String) typed code}, {@link #pressCancel() Cancel} or {@link #walkAway() timeout} answers one
 * request of the reader, in order. A reader whose keypad has nothing scripted left times out, as a real one does
 * when nobody is at the counter. Attach it with {@link SimulatedTerminal#attachKeypad(SimulatedKeypad)}.
 *
 * <pre>{@code
 * SimulatedKeypad keypad = SimulatedKeypad.create().type("12345");      // the user types 12345 and OK
 * readers.terminal("Reader A").attachKeypad(keypad);
 * }</pre>
 *
 * <p>Typed digits are kept as bytes and wiped once the reader has used them; {@link #toString()} never shows them.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class SimulatedKeypad {

    /** One answer of the user to a request of the reader. */
    sealed interface Entry {}

    /** The user typed digits and pressed OK; the bytes are ASCII, wiped by the reader after use. */
    record Digits(byte[] ascii) implements Entry {}

    /** The user pressed Cancel. */
    record Cancel() implements Entry {}

    /** Nobody typed anything before the reader's timeout. */
    record Timeout() implements Entry {}

    private final Deque<Entry> script = new ArrayDeque<>();
    private int requests;

    private SimulatedKeypad() {}

    /**
     * Creates a keypad with nothing scripted.
     *
     * @return the keypad
     */
    public static SimulatedKeypad create() {
        return new SimulatedKeypad();
    }

    /**
     * Scripts the next entry: the user types these digits and presses OK.
     *
     * @param digits the digits, 1 to 16 of {@code 0-9}
     * @return this keypad
     * @throws IllegalArgumentException if the text is empty, too long or not digits
     */
    public synchronized SimulatedKeypad type(String digits) {
        if (digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a keypad types 1 to 16 digits 0-9");
        }
        script.add(new Digits(digits.getBytes(StandardCharsets.US_ASCII)));
        return this;
    }

    /**
     * Scripts the next entry: the user presses Cancel.
     *
     * @return this keypad
     */
    public synchronized SimulatedKeypad pressCancel() {
        script.add(new Cancel());
        return this;
    }

    /**
     * Scripts the next entry: nobody types, and the reader times out.
     *
     * @return this keypad
     */
    public synchronized SimulatedKeypad walkAway() {
        script.add(new Timeout());
        return this;
    }

    /**
     * Returns how many scripted entries have not been asked for yet.
     *
     * @return the count
     */
    public synchronized int pending() {
        return script.size();
    }

    /**
     * Returns how many entries the reader has asked the user for.
     *
     * @return the count, scripted or timed out
     */
    public synchronized int requests() {
        return requests;
    }

    /** Takes the user's answer to one request of the reader. */
    synchronized Entry next() {
        requests++;
        Entry entry = script.poll();
        return entry == null ? new Timeout() : entry;
    }

    /**
     * Wipes the digits still scripted and forgets every entry.
     */
    public synchronized void clear() {
        script.forEach(SimulatedKeypad::wipe);
        script.clear();
    }

    static void wipe(Entry entry) {
        if (entry instanceof Digits digits) {
            Arrays.fill(digits.ascii(), (byte) 0);
        }
    }

    /**
     * Describes the keypad without any digit.
     *
     * @return e.g. {@code SimulatedKeypad[2 entries pending]}
     */
    @Override
    public synchronized String toString() {
        return "SimulatedKeypad[" + script.size() + " entries pending]";
    }
}
