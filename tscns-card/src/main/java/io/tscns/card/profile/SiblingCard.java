package io.tscns.card.profile;

/**
 * A card of the same family as the CNS that is not a CNS (<i>carta affine</i>), recognised so the SDK can say what
 * was inserted instead of "unknown card" ({@code docs/card.md §5.3}, {@code docs/pcsc.md §5}).
 *
 * @since 0.1.0
 */
public enum SiblingCard {

    /** "DSD" in place of "CNS": a qualified-signature device (Incrypto34, Postecom, J-Sign), not a CNS. */
    DSD("a digital-signature device (DSD), not a CNS"),
    /** "HPC": a health professional card (<i>carta operatore sanitario</i>, e.g. Trento), not a citizen CNS. */
    HPC("a health professional card (HPC), not a citizen CNS"),
    /** The electronic identity card (<i>Carta d'Identità Elettronica</i>): a sibling with its own file system. */
    CIE("an electronic identity card (CIE), not a CNS");

    private final String description;

    SiblingCard(String description) {
        this.description = description;
    }

    /**
     * Describes the card.
     *
     * @return e.g. "an electronic identity card (CIE), not a CNS"
     */
    public String description() {
        return description;
    }
}
