package io.tscns.core.secret;

import java.util.Objects;

/**
 * What the issuer knows about a code it released, used to check a recombined code (<i>verifica del codice</i>), for
 * example when the call centre checks the CIP the holder reads out before a revocation (Tuscany operating manual
 * v2.0, §10.7 step 6: "verifica CIP").
 *
 * <p>Without a reference, recombination can only check the shape of the halves; with one it can also tell a wrong
 * half and a swap of two halves of equal length (see {@link SplitPolicy}). An issuer that keeps only a salted,
 * slow hash of the code implements this interface over it; {@link #issued(SecretCode)} wraps a code held in memory.
 * Implementations must compare in constant time and must not keep the candidate, which the caller destroys after
 * the call.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CodeReference {

    /**
     * Tells whether a candidate is the issued code.
     *
     * @param candidate the recombined code
     * @return {@code true} if it is the issued code
     */
    boolean matches(SecretCode candidate);

    /**
     * Returns a reference that compares with a code held in memory, through {@link SecretCode#matches(SecretCode)}
     * (constant time, kind included). The reference reads the code at each check; destroying the code makes the
     * checks throw {@link SecretDestroyedException}.
     *
     * @param issued the code that was released
     * @return the reference
     */
    static CodeReference issued(SecretCode issued) {
        Objects.requireNonNull(issued, "issued");
        return issued::matches;
    }
}
