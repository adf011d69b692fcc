package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Subject;
import java.util.Objects;

/**
 * What a request the front decides itself is about (<i>oggetto della richiesta</i>): the card or person of its path,
 * for the audit entry of a login, a logout, a "who am I" or a request refused as it came.
 *
 * @param subject the card, the person, or neither
 */
record OnRoute(Subject subject) implements Command {

    /** Checks the component. */
    OnRoute {
        Objects.requireNonNull(subject, "subject");
    }

    /**
     * The subject of a route.
     *
     * @param route the route
     * @return the command
     */
    static OnRoute of(Route route) {
        return new OnRoute(new Subject(route.cardId(), route.codiceFiscale()));
    }
}
