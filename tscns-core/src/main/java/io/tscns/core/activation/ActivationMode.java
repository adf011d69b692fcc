package io.tscns.core.activation;

import io.tscns.core.StableCode;

/**
 * How a card is activated (<i>tipologia di attivazione</i>): by the holder in person, by a delegate because the
 * holder cannot come for health reasons, or by the holder's legal representative. The Sogei operator guide lists
 * activation "diretta" and "su delega", the latter split into parental authority / guardian / curator and health
 * reasons ({@code docs/cms.md §1.1}); the Toscana manual v2.0 gives one procedure each (§10.1, §10.2, §10.3).
 *
 * <p>A CMS stores the mode with the activation: Sistema TS offers online renewal only to holders whose previous card
 * was activated directly ({@code docs/cms.md §1.1}).
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ActivationMode implements StableCode {

    /** The holder in person (<i>attivazione diretta</i>; Toscana manual v2.0 §10.1). */
    DIRECT(1, "direct", "diretta"),
    /** A delegate, because the holder cannot come for health reasons (<i>su delega per motivi di salute</i>; §10.3). */
    DELEGATE_HEALTH(2, "delegate-health", "su delega per motivi di salute"),
    /** A parent, guardian or curator (<i>potestà genitoriale, tutela o curatela</i>; §10.2). */
    LEGAL_REPRESENTATIVE(3, "legal-representative", "potestà genitoriale, tutela o curatela");

    private final Info info;

    ActivationMode(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
