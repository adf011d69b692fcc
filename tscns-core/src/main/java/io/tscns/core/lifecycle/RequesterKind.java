package io.tscns.core.lifecycle;

import io.tscns.core.StableCode;

/**
 * Who asks for a revocation (<i>richiedente della revoca</i>), without the details a {@link RevocationRequester}
 * carries. The Toscana manual v2.0 §10.7 step 4 has the operator choose between the holder ("diretto interessato")
 * and a delegate ("potestà parentale/tutore/curatore"); §10.7.1 adds revocation on the issuer's initiative.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RequesterKind implements StableCode {

    /** The holder in person (<i>titolare</i>, "diretto interessato"). */
    HOLDER(1, "holder", "titolare"),
    /** A parent, guardian or curator acting for the holder (<i>delegato</i>). */
    DELEGATE(2, "delegate", "delegato (genitore, tutore o curatore)"),
    /** The issuing administration (<i>ente emettitore</i>). */
    ISSUER(3, "issuer", "ente emettitore");

    private final Info info;

    RequesterKind(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
