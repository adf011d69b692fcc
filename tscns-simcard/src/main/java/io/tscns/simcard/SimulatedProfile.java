package io.tscns.simcard;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The card models the simulator can play, each a real TS-CNS/CNS chip family as OpenSC 0.23 sees it through the ATR
 * ({@code docs/card.md §5}):
 *
 * <ul>
 *   <li>{@link #CLASSIC}: CNS version {@code 0x11} (RSA-2048, extended-length APDUs), Oberthur mask; middleware uses
 *       the plain PIN reference {@code 10}.</li>
 *   <li>{@link #STINCARD}: the Tuscan TS-CNS "ST 2021" (STIncard mask {@code 09}, version {@code 0x11}); OpenSC sets
 *       the backtracking bit, so VERIFY and RESET RETRY COUNTER arrive with reference {@code 90} (PUK {@code 91}).</li>
 *   <li>{@link #RSA_1024}: CNS version {@code 0x10}, for which OpenSC 0.23 registers RSA-1024 only and sends short
 *       APDUs; the card refuses extended-length APDUs.</li>
 * </ul>
 *
 * Every profile accepts the PIN and PUK under both references ({@code 10}/{@code 90}, {@code 11}/{@code 91}), as
 * the reference advises ({@code docs/card.md §5.4}); {@link #pinReference()} is the one middleware sends.
 *
 * @since 0.1.0
 */
public enum SimulatedProfile {

    /** Real ATR of an Oberthur CNS v1.1 (Emosyn IC): version {@code 11}, RSA-2048, reference {@code 10}. */
    CLASSIC("classic", "3BFF1800008131FE45006B11050700011101434E531131807B", 2048, true, 0x10),
    /** Real ATR of the Tuscan TS-CNS "ST 2021": STIncard mask, version {@code 11}, reference {@code 90}. */
    STINCARD("stincard", "3BFF1800FF8131FE55006B02091617011101434E531131808D", 2048, true, 0x90),
    /** Real ATR of an Oberthur Cosmo V7 CNS: version {@code 10}, RSA-1024, short APDUs only. */
    RSA_1024("rsa1024", "3BFF1800008131FE45006B11050700012101434E531031804A", 1024, false, 0x10),
    /**
     * The ACe 2025 applet card ({@code docs/card.md §10.1}): the CNS files under the application
     * {@code A000000530000B104001021A}, read with paths from it; nothing answers from the MF. Its real ATR is not
     * public: the card answers with the ATR of an earlier Actalis CNS lot ({@code docs/card.md §5.3}), CNS
     * {@code 10}, short APDUs, RSA-2048.
     */
    ACE_2025("ace2025", "3BDF18008131FE7D006B150C0180011101434E53103180E9", 2048, false, 0x10, AppletLayout.ACE_2025),
    /**
     * The ST2022 read over NFC ({@code docs/card.md §10.2}): the reader's bare contactless ATR {@code 3B 80 80 01 01},
     * the classic files under the application {@code A00000009501004D}, GET DATA 01 80 = "JSign4", extended length,
     * RSA-2048.
     */
    ST2022_NFC("st2022-nfc", "3B80800101", 2048, true, 0x10, AppletLayout.ST2022_NFC);

    /** Offset of the CNS version byte H13 from the end of the ATR: H13, H14 = 31, H15 = 80, TCK. */
    private static final int VERSION_FROM_END = 4;

    private final String cliName;
    private final String atrHex;
    private final int keySizeBits;
    private final boolean extendedLength;
    private final int pinReference;
    private final Optional<AppletLayout> applet;

    SimulatedProfile(String cliName, String atrHex, int keySizeBits, boolean extendedLength, int pinReference) {
        this(cliName, atrHex, keySizeBits, extendedLength, pinReference, null);
    }

    SimulatedProfile(
            String cliName,
            String atrHex,
            int keySizeBits,
            boolean extendedLength,
            int pinReference,
            AppletLayout applet) {
        this.cliName = cliName;
        this.atrHex = atrHex;
        this.keySizeBits = keySizeBits;
        this.extendedLength = extendedLength;
        this.pinReference = pinReference;
        this.applet = Optional.ofNullable(applet);
    }

    /**
     * Tells whether the card keeps its files under an application selected by AID rather than under the MF.
     *
     * @return {@code true} for {@code ace2025} and {@code st2022-nfc}
     */
    public boolean appletBased() {
        return applet.isPresent();
    }

    /**
     * Returns the application layout of an applet-based profile.
     *
     * @return the layout, empty for a classic card
     */
    Optional<AppletLayout> applet() {
        return applet;
    }

    /**
     * Returns the profile a command-line name stands for.
     *
     * @param name {@code classic}, {@code stincard} or {@code rsa1024}, in any case
     * @return the profile
     * @throws IllegalArgumentException for any other name; the message lists the valid ones
     */
    public static SimulatedProfile fromName(String name) {
        for (SimulatedProfile profile : values()) {
            if (profile.cliName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown card profile \"" + name + "\"; expected one of "
                + java.util.Arrays.stream(values())
                        .map(SimulatedProfile::cliName)
                        .toList());
    }

    /**
     * Returns the name used on the command line ({@code --profile}).
     *
     * @return {@code classic}, {@code stincard} or {@code rsa1024}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Returns the answer to reset: T=1, 15 historical bytes {@code 00 6B … 'C' 'N' 'S' <version> 31 80}, valid TCK.
     *
     * @return a new array
     */
    public byte[] atr() {
        return HexFormat.of().parseHex(atrHex);
    }

    /**
     * Returns the CNS version byte of the ATR (H13): {@code 0x11} or {@code 0x10}; for the contactless ATR, which has
     * no historical bytes, the byte at that position means nothing.
     *
     * @return the version
     */
    public int cnsVersion() {
        byte[] atr = atr();
        return atr[atr.length - VERSION_FROM_END] & 0xFF;
    }

    /**
     * Returns the RSA key size the chip generates.
     *
     * @return 2048 or 1024
     */
    public int keySizeBits() {
        return keySizeBits;
    }

    /**
     * Tells whether the card accepts extended-length APDUs (Lc or Le on two bytes).
     *
     * @return {@code true} for CNS version {@code 0x11}
     */
    public boolean extendedLength() {
        return extendedLength;
    }

    /**
     * Returns the PIN reference middleware sends to this card: {@code 10}, or {@code 90} for STIncard.
     *
     * @return the P2 of VERIFY
     */
    public int pinReference() {
        return pinReference;
    }

    /**
     * Returns the PUK reference middleware uses with this card: {@code 11}, or {@code 91} for STIncard.
     *
     * @return the PUK reference
     */
    public int pukReference() {
        return pinReference + 1;
    }
}
