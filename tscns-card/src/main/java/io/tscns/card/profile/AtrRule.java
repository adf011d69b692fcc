package io.tscns.card.profile;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The rule that tells a CNS ATR (<i>regola di riconoscimento dell'ATR</i>), in the two forms OpenSC has used
 * ({@code docs/card.md §5.1, §5.2}).
 *
 * @since 0.1.0
 */
public enum AtrRule {

    /**
     * OpenSC 0.23's structural rule: TS 3B; T0 announces TD1 and 15 historical bytes; TD1 announces TD2 and T=1;
     * TD2 is exactly 31; historical bytes {@code 00 6B <IC> <mask> <OS> <OS> 01 xx xx 'C' 'N' 'S' <version> 31 80}.
     */
    OPENSC_0_23 {
        @Override
        Optional<String> firstMismatch(Atr atr) {
            byte[] bytes = atr.bytes();
            if ((bytes[0] & 0xFF) != 0x3B) {
                return Optional.of("TS is " + hex(bytes[0]) + "; expected 3B");
            }
            if ((atr.t0() & 0x8F) != 0x8F) {
                return Optional.of("T0 is " + hex(atr.t0()) + "; expected TD1 present and 15 historical bytes");
            }
            int td1 = atr.td(1).orElse(0);
            if ((td1 & 0x8F) != 0x81) {
                return Optional.of("TD1 is " + hex(td1) + "; expected TD2 present and T=1");
            }
            int td2 = atr.td(2).orElse(-1);
            if (td2 != 0x31) {
                return Optional.of("TD2 is " + (td2 < 0 ? "absent" : hex(td2)) + "; expected 31");
            }
            return expect(atr, 1, 0x00)
                    .or(() -> expect(atr, 2, 0x6B))
                    .or(() -> expect(atr, 7, 0x01))
                    .or(() -> expectCns(atr))
                    .or(() -> expect(atr, 14, 0x31))
                    .or(() -> expect(atr, 15, 0x80));
        }
    },

    /**
     * The looser rule of OpenSC 0.24 and later: 15 historical bytes with "CNS" at H10 to H12. It accepts batches
     * the 0.23 rule missed; the SDK uses it by default.
     */
    OPENSC_0_24 {
        @Override
        Optional<String> firstMismatch(Atr atr) {
            if (atr.historicalLength() != CNS_HISTORICAL_LENGTH) {
                return Optional.of(atr.historicalLength() + " historical bytes; expected 15");
            }
            return expectCns(atr);
        }
    };

    static final int CNS_HISTORICAL_LENGTH = 15;
    private static final byte[] CNS = "CNS".getBytes(StandardCharsets.US_ASCII);

    /**
     * Returns the first check the ATR fails.
     *
     * @param atr the ATR
     * @return a description of the failed check, or empty if the ATR is a CNS under this rule
     */
    abstract Optional<String> firstMismatch(Atr atr);

    /**
     * Tells whether an ATR is a CNS under this rule.
     *
     * @param atr the ATR
     * @return {@code true} if every check passes
     */
    public boolean matches(Atr atr) {
        return firstMismatch(atr).isEmpty();
    }

    private static Optional<String> expect(Atr atr, int n, int value) {
        int actual = atr.historicalByte(n).orElse(-1);
        return actual == value
                ? Optional.empty()
                : Optional.of("historical byte H" + n + " is " + (actual < 0 ? "absent" : hex(actual)) + "; expected "
                        + hex(value));
    }

    private static Optional<String> expectCns(Atr atr) {
        for (int i = 0; i < CNS.length; i++) {
            if (atr.historicalByte(10 + i).orElse(-1) != CNS[i]) {
                return Optional.of("historical bytes H10-H12 are not \"CNS\"");
            }
        }
        return Optional.empty();
    }

    private static String hex(int b) {
        return HexFormat.of().withUpperCase().toHexDigits((byte) b);
    }
}
