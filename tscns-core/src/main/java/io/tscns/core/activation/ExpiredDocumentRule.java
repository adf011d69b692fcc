package io.tscns.core.activation;

import io.tscns.core.StableCode;

/**
 * Whether an expired identity document is accepted (<i>documento non in corso di validità</i>). DPR 445/2000
 * art. 45 c.3 lets an expired document prove the data it holds if its owner declares, at the foot of its photocopy,
 * that the data have not changed since issue; whether that is enough to <em>identify</em> someone at activation is
 * each issuer's choice ({@code docs/cms.md §4}): the Toscana manual v2.0 §8.1.2 accepts it for the holder, while
 * ASL CN2 (Piemonte) demands a document not expired.
 *
 * <p>{@link #HOLDER_WITH_DECLARATION} reads the Toscana manual literally, an inference: the art. 45 clause sits in the
 * holder's identification (§8.1.2), whereas delegates and representatives must bring "un proprio documento di
 * identità valido" (§8.3.1, §8.3.2).
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ExpiredDocumentRule implements StableCode {

    /** An expired document is never accepted. */
    NEVER(1, "never", "documento scaduto non ammesso"),
    /** Accepted from the holder in person, with the art. 45 c.3 declaration; never from a delegate. */
    HOLDER_WITH_DECLARATION(
            2,
            "holder-with-declaration",
            "documento scaduto ammesso per il titolare con dichiarazione art. 45 c.3 DPR 445/2000"),
    /** Accepted from whoever comes to the counter, with the art. 45 c.3 declaration. */
    ANYONE_WITH_DECLARATION(
            3,
            "anyone-with-declaration",
            "documento scaduto ammesso per chiunque con dichiarazione art. 45 c.3 DPR 445/2000");

    private final Info info;

    ExpiredDocumentRule(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }

    /**
     * Tells whether an expired document with the art. 45 c.3 declaration is accepted from an applicant.
     *
     * @param applicantIsHolder {@code true} if the holder comes in person
     * @return {@code true} if the rule accepts it
     */
    public boolean acceptsWithDeclaration(boolean applicantIsHolder) {
        return this == ANYONE_WITH_DECLARATION || (this == HOLDER_WITH_DECLARATION && applicantIsHolder);
    }
}
