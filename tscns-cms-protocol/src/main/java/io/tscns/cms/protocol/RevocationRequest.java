package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import java.util.Optional;

/**
 * Revocation of a card's certificate ({@code POST /cards/{cardId}/revocation}; <i>revoca</i>, manual §10.7): by the
 * holder or a delegate (parent, guardian, curator) with the CIP released at activation, or by the issuer for
 * personal-data errors (§10.7.1). The cause must be one the requester may give ({@link RevocationCause#requesters()}).
 *
 * @param requester              who asks
 * @param cause                  why
 * @param cip                    the CIP (<i>Codice Identificativo Personale</i>); present exactly for a holder or
 *                               delegate
 * @param delegateRole           the delegate's capacity; present exactly for a delegate
 * @param delegateCodiceFiscale  the delegate's codice fiscale; present exactly for a delegate
 */
public record RevocationRequest(RequesterKind requester, RevocationCause cause, Optional<Cip> cip,
        Optional<LegalRepresentativeRole> delegateRole, Optional<CodiceFiscale> delegateCodiceFiscale) {

    /** Checks that the fields present are those the requester needs and that the cause suits the requester. */
    public RevocationRequest {
        required("requester", requester);
        required("cause", cause);
        required("cip", cip);
        required("delegateRole", delegateRole);
        required("delegateCodiceFiscale", delegateCodiceFiscale);
        boolean citizen = requester != RequesterKind.ISSUER;
        boolean delegate = requester == RequesterKind.DELEGATE;
        if (cip.isPresent() != citizen) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("cip"));
        }
        if (delegateRole.isPresent() != delegate) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("delegateRole"));
        }
        if (delegateCodiceFiscale.isPresent() != delegate) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("delegateCodiceFiscale"));
        }
        if (!cause.requesters().contains(requester)) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("cause"));
        }
    }

    /**
     * Returns a revocation asked by the holder.
     *
     * @param cause the cause
     * @param cip   the CIP; the request holds it, the caller destroys it after sending
     * @return the request
     */
    public static RevocationRequest byHolder(RevocationCause cause, Cip cip) {
        return new RevocationRequest(RequesterKind.HOLDER, cause, Optional.of(cip), Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a revocation asked by the issuer for personal-data errors (§10.7.1).
     *
     * @return the request
     */
    public static RevocationRequest byIssuer() {
        return new RevocationRequest(RequesterKind.ISSUER, RevocationCause.PERSONAL_DATA_ERROR, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
