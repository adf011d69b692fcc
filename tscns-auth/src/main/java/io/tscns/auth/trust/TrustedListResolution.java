package io.tscns.auth.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TrustedListResolver} found (<i>esito della risoluzione della lista</i>): the national list, the LOTL
 * that announced its signers, or, when the LOTL could not be used, why (the list was then verified with the
 * configured fallback signers).
 *
 * @param list        the verified national list
 * @param lotl        the verified LOTL whose pointer gave the list's location and signers, if it was used
 * @param lotlFailure why the LOTL was not used, if the fallback signers verified the list
 * @since 0.1.0
 */
public record TrustedListResolution(TrustedList list, Optional<ListOfTrustedLists> lotl, Optional<String> lotlFailure) {

    /** Checks the components. */
    public TrustedListResolution {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(lotl, "lotl");
        Objects.requireNonNull(lotlFailure, "lotlFailure");
    }
}
