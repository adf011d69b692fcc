package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import java.util.Optional;
import java.util.Set;

/**
 * Revocation of a card's certificate ({@code POST /cards/{cardId}/revocation}; <i>revoca</i>, manual §10.7): by the
 * holder or a delegate (parent, guardian, curator) with the CIP released at activation, or by the issuer for
 * personal-data errors (§10.7.1), or by the issuer's office for a holder it identified at the counter, who lost
 * the card or the CIP or whose CIP is blocked ({@link #onIdentification}; {@code docs/cms.md §9.6}). The cause must
 * be one the requester may give ({@link RevocationCause#requesters()}).
 *
 * @param requester              who asks
 * @param cause                  why
 * @param cip                    the CIP (<i>Codice Identificativo Personale</i>); only for a holder or delegate,
 *                               and needed where the CMS's profile asks for it (the Toscana manual v2.0 §10.7 step
 *                               6; a request without it is refused {@code illegal-transition}); a profile without a
 *                               CIP (DM 20 giugno 2011, {@code docs/cms.md §9.7}) takes the request without one
 * @param delegateRole           the delegate's capacity; present exactly for a delegate
 * @param delegateCodiceFiscale  the delegate's codice fiscale; present exactly for a delegate
 * @param presentedBy            who came to the counter, with the document shown, kept by the CMS as the
 *                               revocation's {@link CounterRecord}: for the holder mode {@code DIRECT}, for a
 *                               delegate mode {@code LEGAL_REPRESENTATIVE} with the same role and codice fiscale;
 *                               for the issuer, absent with {@code PERSONAL_DATA_ERROR} (its own initiative) and
 *                               required with any other cause, mode {@code DIRECT} or
 *                               {@code LEGAL_REPRESENTATIVE} (the identification that stands for the CIP)
 * @param counterReference       the counter's reference for the papers collected, if it gives one
 * @since 0.1.0
 */
public record RevocationRequest(
        RequesterKind requester,
        RevocationCause cause,
        Optional<Cip> cip,
        Optional<LegalRepresentativeRole> delegateRole,
        Optional<CodiceFiscale> delegateCodiceFiscale,
        Optional<ApplicantData> presentedBy,
        Optional<String> counterReference) {

    /** Checks that the fields present are those the requester needs and that the cause suits the requester. */
    public RevocationRequest {
        required("requester", requester);
        required("cause", cause);
        required("cip", cip);
        required("delegateRole", delegateRole);
        required("delegateCodiceFiscale", delegateCodiceFiscale);
        boolean citizen = requester != RequesterKind.ISSUER;
        boolean delegate = requester == RequesterKind.DELEGATE;
        if (cip.isPresent() && !citizen) {
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
        required("presentedBy", presentedBy);
        boolean identified = requester == RequesterKind.ISSUER && cause != RevocationCause.PERSONAL_DATA_ERROR;
        if (identified && presentedBy.isEmpty()) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("presentedBy"));
        }
        if (presentedBy.isPresent()
                && !presentedByFits(requester, cause, presentedBy.get(), delegateRole, delegateCodiceFiscale)) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("presentedBy"));
        }
        counterReference = CounterRecord.reference(counterReference);
    }

    /**
     * Creates a request that names nobody at the counter (the protocol before it did).
     *
     * @param requester             who asks
     * @param cause                 why
     * @param cip                   the CIP; only for a holder or delegate, where the CMS's profile asks for it
     * @param delegateRole          the delegate's capacity; present exactly for a delegate
     * @param delegateCodiceFiscale the delegate's codice fiscale; present exactly for a delegate
     */
    public RevocationRequest(
            RequesterKind requester,
            RevocationCause cause,
            Optional<Cip> cip,
            Optional<LegalRepresentativeRole> delegateRole,
            Optional<CodiceFiscale> delegateCodiceFiscale) {
        this(requester, cause, cip, delegateRole, delegateCodiceFiscale, Optional.empty(), Optional.empty());
    }

    private static boolean presentedByFits(
            RequesterKind requester,
            RevocationCause cause,
            ApplicantData by,
            Optional<LegalRepresentativeRole> role,
            Optional<CodiceFiscale> delegate) {
        return switch (requester) {
            case HOLDER -> by.mode() == ActivationMode.DIRECT;
            case DELEGATE ->
                by.mode() == ActivationMode.LEGAL_REPRESENTATIVE
                        && by.representativeRole().equals(role)
                        && by.delegate().map(DelegateIdentity::codiceFiscale).equals(delegate);
            case ISSUER -> cause != RevocationCause.PERSONAL_DATA_ERROR && by.mode() != ActivationMode.DELEGATE_HEALTH;
        };
    }

    /**
     * Returns what the CMS keeps of this revocation's counter checks, if it names who came.
     *
     * @return the record, or empty
     */
    public Optional<CounterRecord> counterRecord() {
        return presentedBy.map(by -> new CounterRecord(by, Set.of(), counterReference, Optional.empty()));
    }

    /**
     * Returns a revocation asked by the holder.
     *
     * @param cause the cause
     * @param cip   the CIP; the request holds it, the caller destroys it after sending
     * @return the request
     */
    public static RevocationRequest byHolder(RevocationCause cause, Cip cip) {
        return new RevocationRequest(RequesterKind.HOLDER, cause, Optional.of(cip), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a revocation asked by the holder without a CIP, for a CMS whose profile releases none (DM 20 giugno
     * 2011: {@code docs/cms.md §9.7}); a profile that needs the CIP refuses it.
     *
     * @param cause the cause
     * @return the request
     */
    public static RevocationRequest byHolder(RevocationCause cause) {
        return new RevocationRequest(RequesterKind.HOLDER, cause, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a revocation done by the issuer's office for a holder identified in person at its counter, without the
     * CIP: the holder (or a parent, guardian or curator) lost the card and the CIP, or the CIP is blocked
     * ({@code docs/cms.md §9.6}). Only operators of the issuer's own offices may ask it; the sandbox lets ASL counters.
     *
     * @param cause            a cause the holder may give (loss, theft, compromised codes, malfunction, PUK blocked)
     * @param presentedBy      who came, with the identity document shown: mode {@code DIRECT} or
     *                         {@code LEGAL_REPRESENTATIVE}
     * @param counterReference the counter's reference for the papers collected (e.g. the police report), if any
     * @return the request
     * @throws CmsProtocolException if the cause is the issuer's own or the mode is a health delegate's
     */
    public static RevocationRequest onIdentification(
            RevocationCause cause, ApplicantData presentedBy, Optional<String> counterReference) {
        return new RevocationRequest(
                RequesterKind.ISSUER,
                cause,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(presentedBy),
                counterReference);
    }

    /**
     * Returns a revocation asked by the issuer for personal-data errors (§10.7.1).
     *
     * @return the request
     */
    public static RevocationRequest byIssuer() {
        return new RevocationRequest(
                RequesterKind.ISSUER,
                RevocationCause.PERSONAL_DATA_ERROR,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
