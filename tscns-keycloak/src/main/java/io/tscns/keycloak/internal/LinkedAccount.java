package io.tscns.keycloak.internal;

import java.util.Objects;
import org.keycloak.models.UserModel;

/** What the realm holds for a codice fiscale (<i>utenza collegata</i>): one user, none, or more than one. */
public sealed interface LinkedAccount {

    /**
     * Exactly one user is linked.
     *
     * @param user the user
     */
    record One(UserModel user) implements LinkedAccount {
        /** Checks the user. */
        public One {
            Objects.requireNonNull(user, "user");
        }
    }

    /** No user is linked. */
    record None() implements LinkedAccount {}

    /** Several users carry the codice fiscale: an administrator must resolve it. */
    record Several() implements LinkedAccount {}
}
