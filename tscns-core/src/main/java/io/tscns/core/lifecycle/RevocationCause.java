package io.tscns.core.lifecycle;

import io.tscns.core.StableCode;
import java.security.cert.CRLReason;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why a card's certificate is revoked (<i>motivo della revoca</i>), with the RFC 5280 §5.3.1 reason code the CRL
 * entry carries and the requesters who may cite it.
 *
 * <p>The causes are those the sources list for holder-initiated revocation (malfunction, theft, loss, compromised
 * codes, PUK blocked after three wrong entries) and for revocation on the issuer's initiative (errors in the personal
 * data; Toscana manual v2.0 §10.7.1), plus the revocation that a duplicate card brings about ({@code docs/cms.md
 * §3.2}). The issuer may also cite the holder's causes: that is the revocation its own office does for a holder it
 * has identified in person, who lost the card or the CIP, or whose CIP is blocked (§10.7: "in caso di furto o
 * smarrimento è possibile indicare al cittadino di andare direttamente all'ufficio dell'Azienda Sanitaria"; the
 * choice is in {@code docs/cms.md §9.6}). The CMS, not the lifecycle, checks that the holder was identified.
 *
 * <p><strong>The mapping to {@link CRLReason} is an inference</strong>: it is the proposal of {@code docs/cms.md
 * §3.3}, found in no official source. In short: whatever may have put the private key or the codes in other hands is
 * {@code KEY_COMPROMISE}; wrong personal data in the certificate is {@code AFFILIATION_CHANGED}; a card that a new
 * one takes over (malfunction, deterioration, duplicate) is {@code SUPERSEDED}; a card that can no longer be used
 * at all (PUK blocked) is {@code CESSATION_OF_OPERATION}. Suspension ({@code CERTIFICATE_HOLD}) and expiry (no
 * reason: expiry is not revocation) are not causes; see {@link CertificateAction}.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RevocationCause implements StableCode {

    /** Theft of the card (<i>furto</i>). */
    THEFT(
            1,
            "theft",
            "furto",
            CRLReason.KEY_COMPROMISE,
            RequesterKind.HOLDER,
            RequesterKind.DELEGATE,
            RequesterKind.ISSUER),
    /** Loss of the card (<i>smarrimento</i>). */
    LOSS(
            2,
            "loss",
            "smarrimento",
            CRLReason.KEY_COMPROMISE,
            RequesterKind.HOLDER,
            RequesterKind.DELEGATE,
            RequesterKind.ISSUER),
    /** The card does not work or is damaged (<i>malfunzionamento o deterioramento</i>). */
    MALFUNCTION_OR_DETERIORATION(
            3,
            "malfunction-or-deterioration",
            "malfunzionamento o deterioramento",
            CRLReason.SUPERSEDED,
            RequesterKind.HOLDER,
            RequesterKind.DELEGATE,
            RequesterKind.ISSUER),
    /** The secret codes are known to someone else (<i>compromissione dei codici PIN, PUK o CIP</i>). */
    COMPROMISED_CODES(
            4,
            "compromised-codes",
            "compromissione dei codici segreti",
            CRLReason.KEY_COMPROMISE,
            RequesterKind.HOLDER,
            RequesterKind.DELEGATE,
            RequesterKind.ISSUER),
    /**
     * The issuer found an error in the personal data on the card (<i>errore nei dati anagrafici</i>; revocation
     * "su iniziativa dell'Ente emittitore", Toscana manual v2.0 §10.7.1). Only the issuer cites it; a holder who
     * finds an error is sent to the issuer's office (§10.1 step 5).
     */
    PERSONAL_DATA_ERROR(
            5,
            "personal-data-error",
            "errore nei dati anagrafici",
            CRLReason.AFFILIATION_CHANGED,
            RequesterKind.ISSUER),
    /** The PUK was entered wrongly three times and the card is blocked for good (<i>PUK bloccato</i>). */
    PUK_BLOCKED(
            6,
            "puk-blocked",
            "PUK bloccato",
            CRLReason.CESSATION_OF_OPERATION,
            RequesterKind.HOLDER,
            RequesterKind.DELEGATE,
            RequesterKind.ISSUER),
    /**
     * A duplicate or reissued card takes this card's place (<i>sostituzione con duplicato</i>). No requester cites
     * it in a {@link CardEvent.Revocation}: it is the cause the {@link CardEvent.Replacement} event revokes with.
     */
    REPLACED_BY_DUPLICATE(7, "replaced-by-duplicate", "sostituzione con duplicato", CRLReason.SUPERSEDED);

    private final Info info;
    private final CRLReason crlReason;
    private final Set<RequesterKind> requesters;

    RevocationCause(int code, String id, String italianLabel, CRLReason crlReason, RequesterKind... requesters) {
        this.info = new Info(code, id, italianLabel);
        this.crlReason = crlReason;
        EnumSet<RequesterKind> set = EnumSet.noneOf(RequesterKind.class);
        Collections.addAll(set, requesters);
        this.requesters = Collections.unmodifiableSet(set);
    }

    @Override
    public Info info() {
        return info;
    }

    /**
     * Returns the RFC 5280 reason code for the CRL entry (an inference; see the type's documentation).
     *
     * @return the reason; never {@code CERTIFICATE_HOLD}, {@code REMOVE_FROM_CRL} or {@code UNSPECIFIED}
     */
    public CRLReason crlReason() {
        return crlReason;
    }

    /**
     * Returns who may cite this cause in a {@link CardEvent.Revocation}.
     *
     * @return the requesters; empty for {@link #REPLACED_BY_DUPLICATE}
     */
    public Set<RequesterKind> requesters() {
        return requesters;
    }
}
