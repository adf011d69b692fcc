package io.tscns.card.jca;

import io.tscns.core.Problem;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why the card's key could not be used for want of a verified PIN (<i>PIN non verificato</i>): the problem family of
 * {@link PinEntryException}. No member carries the PIN or any part of it.
 *
 * @since 0.1.0
 */
public sealed interface PinProblem extends Problem {

    /** The card asked for the PIN and there is no way to get it: the key store was loaded without protection. */
    record NoPinSource() implements PinProblem {
        @Override
        public String describe() {
            return "the card needs its PIN and none can be asked for: load the key store with a "
                    + "CallbackHandlerProtection or give the PIN to getKey";
        }
    }

    /** The holder cancelled the PIN prompt (the handler left the password empty). */
    record EntryCancelled() implements PinProblem {
        @Override
        public String describe() {
            return "the PIN entry was cancelled";
        }
    }

    /**
     * The card refused the PIN that was given up front.
     *
     * @param triesLeft the tries left before the PIN blocks, when the card says
     */
    record WrongPin(OptionalInt triesLeft) implements PinProblem {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public WrongPin {
            Objects.requireNonNull(triesLeft, "triesLeft");
        }

        @Override
        public String describe() {
            return "the card refused the PIN" + (triesLeft.isPresent() ? "; tries left: " + triesLeft.getAsInt() : "");
        }
    }

    /** The PIN is blocked (SW 6983): unblock it with the PUK ({@code tscns pin unblock}). */
    record PinBlocked() implements PinProblem {
        @Override
        public String describe() {
            return "the PIN is blocked; unblock it with the PUK";
        }
    }
}
