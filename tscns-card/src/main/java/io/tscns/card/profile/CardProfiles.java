package io.tscns.card.profile;

import io.tscns.card.error.UnsupportedCardException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of CNS card batches (<i>lotti di carte</i>) and the recognition of a card from its ATR.
 *
 * <p>Recognition first rejects what is clearly not a contact CNS (a contactless PC/SC ATR, the DSD, HPC and CIE
 * siblings), then applies an {@link AtrRule} (by default the looser {@link AtrRule#OPENSC_0_24}), then decodes
 * the historical bytes and applies every matching {@link ProfileRule} in order to {@link Quirks#CNS_DEFAULTS}.
 * {@link #standard()} holds the rules of {@code docs/card.md §4–§5}; {@link #withRule(ProfileRule)} adds a batch.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CardProfiles {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final List<ProfileRule> STANDARD_RULES = List.of(
            new ProfileRule(
                    "CNS 1.0: RSA-1024 only",
                    "docs/card.md §5.1 (OpenSC 0.23 itacns_init)",
                    new AtrCondition.CnsVersionIs(CnsVersion.V1_0),
                    List.of(new Quirk.KeySizes(Set.of(1024)), new Quirk.ExtendedLength(false))),
            new ProfileRule(
                    "CNS 1.1: RSA-2048 and extended length",
                    "docs/card.md §5.1 (OpenSC 0.23 itacns_init)",
                    new AtrCondition.CnsVersionAtLeast(CnsVersion.V1_1),
                    List.of(new Quirk.KeySizes(Set.of(1024, 2048)), new Quirk.ExtendedLength(true))),
            new ProfileRule(
                    "STIncard mask: PIN 90, PUK 91",
                    "docs/card.md §4.2 (OpenSC itacns_pin_cmd)",
                    new AtrCondition.MaskManufacturerIs(Manufacturer.MASK_STINCARD),
                    List.of(new Quirk.ReferenceBits(0x80))),
            new ProfileRule(
                    "IDEMIA 2021: RSA-2048, GET CHALLENGE of 32 bytes",
                    "docs/card.md §5.2 (OpenSC >= 0.24, commits a4eed9597 and 3365f3a09)",
                    new AtrCondition.AllOf(List.of(
                            new AtrCondition.IcManufacturerIs(Manufacturer.IC_INFINEON),
                            new AtrCondition.MaskManufacturerIs(Manufacturer.MASK_IDEMIA),
                            new AtrCondition.OsMajorAtLeast(0x20))),
                    List.of(new Quirk.KeySizes(Set.of(2048)), new Quirk.ChallengeLimit(32))));

    /** The CIE v1 ATR OpenSC keeps in its table ({@code docs/card.md §5.1}). */
    private static final String CIE_V1_ATR = "3BF41800FF8131805500318000C7";

    private static final byte[] CIE_BRANCH = {0x02, 'I', 'T', 'I', 'D', 0x20, 0x20, 0x31, (byte) 0x80};

    private static final CardProfiles STANDARD = new CardProfiles(STANDARD_RULES);

    private final List<ProfileRule> rules;

    private CardProfiles(List<ProfileRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the table of known CNS batches.
     *
     * @return the standard table
     */
    public static CardProfiles standard() {
        return STANDARD;
    }

    /**
     * Returns a table with one more rule, applied after the existing ones.
     *
     * @param rule the rule of a new batch
     * @return a new table
     */
    public CardProfiles withRule(ProfileRule rule) {
        List<ProfileRule> extended = new ArrayList<>(rules);
        extended.add(rule);
        return new CardProfiles(extended);
    }

    /**
     * Returns the rules in the order they are applied.
     *
     * @return the rules
     */
    public List<ProfileRule> rules() {
        return rules;
    }

    /**
     * Recognises a card with the default rule, {@link AtrRule#OPENSC_0_24}.
     *
     * @param atr the card's ATR
     * @return the profile, or why the card is rejected
     */
    public Recognition recognise(Atr atr) {
        return recognise(atr, AtrRule.OPENSC_0_24);
    }

    /**
     * Recognises a card.
     *
     * @param atr  the card's ATR
     * @param rule the CNS recognition rule to apply
     * @return the profile, or why the card is rejected
     */
    public Recognition recognise(Atr atr, AtrRule rule) {
        Optional<Rejection> notContactCns = contactlessOrSibling(atr);
        if (notContactCns.isPresent()) {
            return new Recognition.Rejected(notContactCns.get());
        }
        Optional<String> mismatch = rule.firstMismatch(atr);
        if (mismatch.isPresent()) {
            return new Recognition.Rejected(new Rejection.NotCns(rule, mismatch.get()));
        }
        Quirks quirks = Quirks.CNS_DEFAULTS;
        List<String> applied = new ArrayList<>();
        for (ProfileRule profileRule : rules) {
            if (profileRule.when().test(atr)) {
                for (Quirk quirk : profileRule.effects()) {
                    quirks = quirk.applyTo(quirks);
                }
                applied.add(profileRule.name());
            }
        }
        int h5 = atr.historicalByte(5).orElseThrow();
        int h6 = atr.historicalByte(6).orElseThrow();
        return new Recognition.Recognised(new CardProfile(
                atr,
                Manufacturer.ic(atr.historicalByte(3).orElseThrow()),
                Manufacturer.mask(atr.historicalByte(4).orElseThrow()),
                (h5 << 8) | h6,
                new CnsVersion(atr.historicalByte(13).orElseThrow()),
                AtrRule.OPENSC_0_23.matches(atr),
                applied,
                quirks));
    }

    /**
     * Recognises a card from raw ATR bytes, or throws why it cannot be served.
     *
     * @param atrBytes the ATR as the reader reports it
     * @param rule     the CNS recognition rule to apply
     * @return the profile
     * @throws UnsupportedCardException if the ATR is malformed or not a CNS; its reason says which
     */
    public CardProfile require(byte[] atrBytes, AtrRule rule) {
        Atr atr;
        try {
            atr = Atr.parse(atrBytes);
        } catch (MalformedAtrException e) {
            String shown = atrBytes.length <= Atr.MAX_LENGTH
                    ? HEX.formatHex(atrBytes)
                    : HEX.formatHex(atrBytes, 0, 0 + Atr.MAX_LENGTH) + "...";
            throw new UnsupportedCardException(new Rejection.MalformedAtr(e.getMessage()), shown);
        }
        Recognition recognition = recognise(atr, rule);
        if (recognition instanceof Recognition.Rejected rejected) {
            throw new UnsupportedCardException(rejected.reason(), atr.toString());
        }
        return ((Recognition.Recognised) recognition).profile();
    }

    private static Optional<Rejection> contactlessOrSibling(Atr atr) {
        // PC/SC Part 3 synthesised ATR of a contactless card: T0 = 8n, TD1 = 80, TD2 = 01.
        if ((atr.t0() & 0xF0) == 0x80
                && atr.td(1).orElse(-1) == 0x80
                && atr.td(2).orElse(-1) == 0x01) {
            return Optional.of(new Rejection.Contactless());
        }
        if (atr.toString().equals(CIE_V1_ATR) || historicalRange(atr, 7, CIE_BRANCH.length, CIE_BRANCH)) {
            return Optional.of(new Rejection.Sibling(SiblingCard.CIE));
        }
        if (atr.historicalLength() == AtrRule.CNS_HISTORICAL_LENGTH) {
            for (SiblingCard sibling : SiblingCard.values()) {
                byte[] marker = sibling.name().getBytes(StandardCharsets.US_ASCII);
                if (historicalRange(atr, 10, marker.length, marker)) {
                    return Optional.of(new Rejection.Sibling(sibling));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean historicalRange(Atr atr, int from, int length, byte[] expected) {
        for (int i = 0; i < length; i++) {
            if (atr.historicalByte(from + i).orElse(-1) != (expected[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
