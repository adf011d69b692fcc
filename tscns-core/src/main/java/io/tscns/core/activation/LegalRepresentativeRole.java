package io.tscns.core.activation;

import io.tscns.core.StableCode;

/**
 * The capacity in which a legal representative acts for the holder (<i>rappresentante legale</i>): the parent of a
 * minor, or the guardian or curator of a person under protection (Toscana manual v2.0 §8.3.1 and §10.2: "Genitore,
 * Tutore o Curatore"; the Sogei operator guide's "potestà parentale / tutore / curatore", {@code docs/cms.md
 * §1.1}). The representative signs a self-declaration of the parental authority or guardianship.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LegalRepresentativeRole implements StableCode {

    /** A parent exercising parental authority over a minor (<i>genitore esercente la potestà genitoriale</i>). */
    PARENT(1, "parent", "genitore"),
    /** The guardian of a minor or of an adult under guardianship (<i>tutore</i>). */
    GUARDIAN(2, "guardian", "tutore"),
    /** The curator of a person under curatorship (<i>curatore</i>). */
    CURATOR(3, "curator", "curatore");

    private final Info info;

    LegalRepresentativeRole(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
