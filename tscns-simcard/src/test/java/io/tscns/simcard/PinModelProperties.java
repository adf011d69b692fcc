package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Model-based test of the PIN and PUK state machine: random sequences of VERIFY (right, wrong, status), CHANGE
 * REFERENCE DATA, RESET RETRY COUNTER (both forms, right and wrong PUK) and card resets run against the card and
 * against a plain model; status words and counters must agree after every step.
 */
class PinModelProperties {

    enum Step {
        VERIFY_RIGHT,
        VERIFY_WRONG,
        VERIFY_STATUS,
        CHANGE_RIGHT,
        CHANGE_WRONG,
        UNBLOCK_NEW_PIN,
        UNBLOCK_ONLY,
        UNBLOCK_WRONG,
        RESET
    }

    /** The expected behaviour, written independently of the card's code. */
    static final class Model {
        String pin = TestCards.PIN;
        int pinTries = 3;
        int pukTries = 10;
        boolean verified;
        int changes;

        int apply(Step step) {
            switch (step) {
                case VERIFY_RIGHT:
                    return check(true);
                case VERIFY_WRONG:
                    return check(false);
                case VERIFY_STATUS:
                    return pinTries == 0 ? 0x6983 : verified ? 0x9000 : 0x63C0 | pinTries;
                case CHANGE_RIGHT: {
                    int sw = check(true);
                    if (sw == 0x9000) {
                        pin = nextPin();
                    }
                    return sw;
                }
                case CHANGE_WRONG:
                    return check(false);
                case UNBLOCK_NEW_PIN:
                case UNBLOCK_ONLY:
                    if (pukTries == 0) {
                        return 0x6983;
                    }
                    pukTries = 10;
                    pinTries = 3;
                    verified = false;
                    if (step == Step.UNBLOCK_NEW_PIN) {
                        pin = nextPin();
                    }
                    return 0x9000;
                case UNBLOCK_WRONG:
                    if (pukTries == 0) {
                        return 0x6983;
                    }
                    pukTries--;
                    return 0x63C0 | pukTries;
                default:
                    verified = false;
                    return 0x9000;
            }
        }

        private int check(boolean right) {
            if (pinTries == 0) {
                return 0x6983;
            }
            if (right) {
                pinTries = 3;
                verified = true;
                return 0x9000;
            }
            pinTries--;
            verified = false;
            return 0x63C0 | pinTries;
        }

        String nextPin() {
            changes++;
            return String.format("%05d", 10000 + changes * 7);
        }

        String peekNextPin() {
            return String.format("%05d", 10000 + (changes + 1) * 7);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void cardBehavesLikeTheModel(@ForAll("steps") List<Step> steps) {
        Model model = new Model();
        CardProbe probe = new CardProbe(TestCards.card());
        for (Step step : steps) {
            String current = model.pin;
            String next = model.peekNextPin();
            int expected = model.apply(step);
            int actual = switch (step) {
                case VERIFY_RIGHT -> probe.send(verify(current)).sw();
                case VERIFY_WRONG -> probe.send(verify("99999999")).sw();
                case VERIFY_STATUS ->
                    probe.send(CommandBytes.of(0, 0x20, 0, 0x90)).sw();
                case CHANGE_RIGHT -> probe.send(command(0x24, 0, current, next)).sw();
                case CHANGE_WRONG ->
                    probe.send(command(0x24, 0, "99999999", next)).sw();
                case UNBLOCK_NEW_PIN ->
                    probe.send(command(0x2C, 0, TestCards.PUK, next)).sw();
                case UNBLOCK_ONLY ->
                    probe.send(CommandBytes.of(0, 0x2C, 1, 0x10, TestCards.padded(TestCards.PUK)))
                            .sw();
                case UNBLOCK_WRONG ->
                    probe.send(command(0x2C, 0, "00000000", next)).sw();
                case RESET -> {
                    probe.card().reset();
                    yield 0x9000;
                }
            };
            assertEquals(expected, actual, () -> step + " in " + steps);
            SecurityStatus status = probe.card().securityStatus();
            assertEquals(model.pinTries, status.pinTriesLeft(), step::toString);
            assertEquals(model.pukTries, status.pukTriesLeft(), step::toString);
            assertEquals(model.verified, status.pinVerified(), step::toString);
        }
    }

    private static byte[] verify(String pin) {
        return CommandBytes.of(0, 0x20, 0, 0x10, TestCards.padded(pin));
    }

    private static byte[] command(int ins, int p1, String first, String second) {
        byte[] data = Arrays.copyOf(TestCards.padded(first), 16);
        System.arraycopy(TestCards.padded(second), 0, data, 8, 8);
        return CommandBytes.of(0, ins, p1, 0x10, data);
    }
}
