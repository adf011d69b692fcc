package io.tscns.card.profile;

import java.util.List;
import java.util.Objects;

/**
 * What the SDK knows about an inserted CNS card from its ATR (<i>profilo della carta</i>): chip and mask
 * manufacturer, operating-system version, CNS version, the batch rules that matched and the resulting
 * {@link Quirks}. Produced by {@link CardProfiles#recognise(Atr)}. Immutable.
 *
 * @param atr                the card's ATR
 * @param icManufacturer     the chip manufacturer (H3)
 * @param maskManufacturer   the operating-system mask manufacturer (H4)
 * @param osVersion          the operating-system version H5 H6 as one number
 * @param cnsVersion         the CNS version (H13)
 * @param openSc023Compatible whether OpenSC 0.23's stricter rule also recognises the card
 * @param rules              the names of the batch rules that matched, in the order they were applied
 * @param quirks             the behaviour to adapt to
 * @since 0.1.0
 */
public record CardProfile(
        Atr atr,
        Manufacturer icManufacturer,
        Manufacturer maskManufacturer,
        int osVersion,
        CnsVersion cnsVersion,
        boolean openSc023Compatible,
        List<String> rules,
        Quirks quirks) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CardProfile {
        Objects.requireNonNull(atr, "atr");
        Objects.requireNonNull(icManufacturer, "icManufacturer");
        Objects.requireNonNull(maskManufacturer, "maskManufacturer");
        Objects.requireNonNull(cnsVersion, "cnsVersion");
        rules = List.copyOf(rules);
        Objects.requireNonNull(quirks, "quirks");
    }

    /**
     * Describes the card the way OpenSC names its manufacturer, with the version.
     *
     * @return e.g. {@code "CNS 1.1, IC: Emosyn-EM (11); mask: IDEMIA (Oberthur) (05), OS 0700"}
     */
    public String describe() {
        return "CNS " + cnsVersion + ", IC: " + icManufacturer + "; mask: " + maskManufacturer
                + String.format(", OS %04X", osVersion);
    }
}
