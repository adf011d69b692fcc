package io.tscns.keycloak.internal;

import io.tscns.auth.identity.CnsIdentity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds and creates the Keycloak users of citizens (<i>utenze dei cittadini</i>), keyed by codice fiscale: the
 * realm's users seam, kept apart from the decision so that the decision can be tested without a database.
 */
public final class Citizens {

    /** The link attribute value that means "the username itself". */
    public static final String USERNAME = "username";

    private Citizens() {}

    /**
     * Finds the users linked to a citizen.
     *
     * @param session   the Keycloak session
     * @param realm     the realm
     * @param attribute the link attribute, or {@link #USERNAME}
     * @param identity  the citizen
     * @return one user, none, or several
     */
    public static LinkedAccount find(
            KeycloakSession session, RealmModel realm, String attribute, CnsIdentity identity) {
        String code = identity.codiceFiscale().value();
        Stream<UserModel> found = USERNAME.equals(attribute)
                ? Stream.ofNullable(session.users().getUserByUsername(realm, username(identity)))
                : session.users().searchForUserByUserAttributeStream(realm, attribute, code);
        List<UserModel> users = found.limit(2).collect(Collectors.toList());
        if (users.isEmpty()) {
            return new LinkedAccount.None();
        }
        return users.size() == 1 ? new LinkedAccount.One(users.get(0)) : new LinkedAccount.Several();
    }

    /**
     * Creates the user of a citizen: username the codice fiscale (in lower case, as Keycloak stores usernames),
     * first and last name from the certificate, the codice fiscale in the link attribute, enabled.
     *
     * @param session   the Keycloak session
     * @param realm     the realm
     * @param attribute the link attribute, or {@link #USERNAME}
     * @param identity  the citizen
     * @return the new user
     */
    public static UserModel create(KeycloakSession session, RealmModel realm, String attribute, CnsIdentity identity) {
        UserModel user = session.users().addUser(realm, username(identity));
        user.setEnabled(true);
        user.setFirstName(identity.givenName());
        user.setLastName(identity.surname());
        if (!USERNAME.equals(attribute)) {
            user.setSingleAttribute(attribute, identity.codiceFiscale().value());
        }
        return user;
    }

    private static String username(CnsIdentity identity) {
        return identity.codiceFiscale().value().toLowerCase(Locale.ROOT);
    }
}
