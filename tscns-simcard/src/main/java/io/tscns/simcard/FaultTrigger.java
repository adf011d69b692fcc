package io.tscns.simcard;

/**
 * When an injected {@link Fault} fires. APDUs are counted from the moment the fault is injected: the first APDU the
 * card receives afterwards is number 1.
 *
 * @since 0.1.0
 */
public sealed interface FaultTrigger {

    /**
     * Tells whether the trigger fires for an APDU.
     *
     * @param number the APDU's number since the fault was injected, from 1
     * @param ins    the APDU's instruction byte, or -1 for a command shorter than its header
     * @return {@code true} if the fault applies to this APDU
     */
    boolean matches(long number, int ins);

    /**
     * Tells whether the fault is spent once it fires.
     *
     * @return {@code true} for a one-shot trigger
     */
    boolean once();

    /**
     * Fires once, on the n-th APDU after injection.
     *
     * @param number the APDU number, from 1
     */
    record AtApdu(long number) implements FaultTrigger {
        /**
         * Checks the number.
         *
         * @throws IllegalArgumentException if it is below 1
         */
        public AtApdu {
            if (number < 1) {
                throw new IllegalArgumentException("APDUs are numbered from 1, found " + number);
            }
        }

        @Override
        public boolean matches(long n, int ins) {
            return n == number;
        }

        @Override
        public boolean once() {
            return true;
        }
    }

    /**
     * Fires on APDUs with this instruction byte: once (the next such APDU) or on every one until the faults are
     * cleared.
     *
     * @param ins  the instruction byte, 0 to 255
     * @param once whether the fault is spent after the first match
     */
    record OnInstruction(int ins, boolean once) implements FaultTrigger {
        /**
         * Checks the instruction byte.
         *
         * @throws IllegalArgumentException if it is not a byte
         */
        public OnInstruction {
            if (ins < 0 || ins > 0xFF) {
                throw new IllegalArgumentException("an instruction byte is 0 to 255, found " + ins);
            }
        }

        @Override
        public boolean matches(long n, int commandIns) {
            return commandIns == ins;
        }
    }

    /** Fires on every APDU until the faults are cleared. */
    record EveryApdu() implements FaultTrigger {
        @Override
        public boolean matches(long n, int ins) {
            return true;
        }

        @Override
        public boolean once() {
            return false;
        }
    }
}
