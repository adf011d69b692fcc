package io.tscns.card.profile;

import java.util.HexFormat;
import java.util.List;

/**
 * Which ATRs a {@link ProfileRule} applies to (<i>condizione sull'ATR</i>), stated over the CNS historical bytes:
 * H3 chip manufacturer, H4 mask manufacturer, H5 H6 operating-system version, H13 CNS version
 * ({@code docs/card.md §5.1}), or a raw ATR pattern with a mask as pcsc-tools publishes them. Conditions are only
 * tested on ATRs already recognised as CNS, which always have 15 historical bytes.
 *
 * @since 0.1.0
 */
public sealed interface AtrCondition {

    /**
     * Tests the condition.
     *
     * @param atr an ATR recognised as CNS
     * @return {@code true} if the rule applies to it
     */
    boolean test(Atr atr);

    /**
     * Describes the condition for documentation and diagnostics.
     *
     * @return e.g. {@code "mask manufacturer 09"}
     */
    String describe();

    /**
     * The chip manufacturer (H3) is a given code.
     *
     * @param code the H3 code
     */
    record IcManufacturerIs(int code) implements AtrCondition {
        @Override
        public boolean test(Atr atr) {
            return atr.historicalByte(3).orElse(-1) == code;
        }

        @Override
        public String describe() {
            return "chip manufacturer " + HexFormat.of().withUpperCase().toHexDigits((byte) code);
        }
    }

    /**
     * The mask manufacturer (H4) is a given code.
     *
     * @param code the H4 code
     */
    record MaskManufacturerIs(int code) implements AtrCondition {
        @Override
        public boolean test(Atr atr) {
            return atr.historicalByte(4).orElse(-1) == code;
        }

        @Override
        public String describe() {
            return "mask manufacturer " + HexFormat.of().withUpperCase().toHexDigits((byte) code);
        }
    }

    /**
     * The major operating-system version (H5) is at least a value.
     *
     * @param major the lowest H5
     */
    record OsMajorAtLeast(int major) implements AtrCondition {
        @Override
        public boolean test(Atr atr) {
            return atr.historicalByte(5).orElse(-1) >= major;
        }

        @Override
        public String describe() {
            return "OS version H5 >= " + HexFormat.of().withUpperCase().toHexDigits((byte) major);
        }
    }

    /**
     * The CNS version (H13) is exactly a value.
     *
     * @param version the version
     */
    record CnsVersionIs(CnsVersion version) implements AtrCondition {
        @Override
        public boolean test(Atr atr) {
            return atr.historicalByte(13).orElse(-1) == version.code();
        }

        @Override
        public String describe() {
            return "CNS version " + version;
        }
    }

    /**
     * The CNS version (H13) is at least a value.
     *
     * @param version the lowest version
     */
    record CnsVersionAtLeast(CnsVersion version) implements AtrCondition {
        @Override
        public boolean test(Atr atr) {
            return atr.historicalByte(13).orElse(-1) >= version.code();
        }

        @Override
        public String describe() {
            return "CNS version >= " + version;
        }
    }

    /**
     * The whole ATR matches a pattern under a mask (bits set in the mask must be equal), the way pcsc-tools'
     * {@code smartcard_list.txt} and MySmartLogon publish batches.
     *
     * @param patternHex the ATR pattern in hexadecimal
     * @param maskHex    the mask in hexadecimal, as long as the pattern
     */
    record AtrMatches(String patternHex, String maskHex) implements AtrCondition {
        /**
         * Checks that pattern and mask are hexadecimal and of the same length.
         *
         * @throws IllegalArgumentException if they are not
         */
        public AtrMatches {
            if (HexFormat.of().parseHex(patternHex).length != HexFormat.of().parseHex(maskHex).length) {
                throw new IllegalArgumentException("ATR pattern and mask differ in length");
            }
        }

        @Override
        public boolean test(Atr atr) {
            byte[] bytes = atr.bytes();
            byte[] pattern = HexFormat.of().parseHex(patternHex);
            byte[] mask = HexFormat.of().parseHex(maskHex);
            if (bytes.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (((bytes[i] ^ pattern[i]) & mask[i]) != 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return "ATR " + patternHex + " / mask " + maskHex;
        }
    }

    /**
     * Every one of several conditions holds.
     *
     * @param conditions the conditions, at least one
     */
    record AllOf(List<AtrCondition> conditions) implements AtrCondition {
        /**
         * Copies the list.
         *
         * @throws IllegalArgumentException if it is empty
         */
        public AllOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("AllOf needs at least one condition");
            }
        }

        @Override
        public boolean test(Atr atr) {
            return conditions.stream().allMatch(c -> c.test(atr));
        }

        @Override
        public String describe() {
            return String.join(
                    " and ", conditions.stream().map(AtrCondition::describe).toList());
        }
    }
}
