package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.card.CardId;
import io.tscns.core.secret.Cip;
import java.util.Optional;
import java.util.Set;

/**
 * A duplicate (re-issue) request ({@code POST /persons/{codiceFiscale}/reissue-requests}; <i>richiesta di
 * duplicato</i>, DM 2011 Allegato 2 point 7), allowed only at ASL counters enabled for it (manual §10.5). The card
 * named (or else the person's current card) is revoked with the request (§10.7: "contestualmente alla richiesta di
 * riemissione"): for {@code LOST} or {@code STOLEN} with cause loss or theft, any other reason replaced
 * (certificate superseded). An activated card is retired only on the proof a revocation needs ({@code docs/cms.md
 * §9.6}): the holder's {@link #cip()}, or the identification of who came to the counter ({@link #presentedBy()},
 * mode {@code DIRECT} or {@code LEGAL_REPRESENTATIVE}); without either the server answers
 * {@code holder-not-identified}. A new card is recorded for the person in state {@code ISSUED}, listed by
 * {@code GET /persons/{codiceFiscale}/cards}.
 *
 * @param reason why
 * @param cardId the card being replaced, if known
 * @param cip    the holder's CIP (<i>Codice Identificativo Personale</i>), to retire an activated card; the caller
 *               destroys it after sending
 * @param presentedBy      who came to the counter, with the document shown, kept as the request's
 *                         {@link CounterRecord}; it stands for the CIP: mode {@code DIRECT} or
 *                         {@code LEGAL_REPRESENTATIVE}
 * @param counterReference the counter's reference for the papers collected, if it gives one
 * @since 0.1.0
 */
public record ReissueRequest(
        ReissueReason reason,
        Optional<CardId> cardId,
        Optional<Cip> cip,
        Optional<ApplicantData> presentedBy,
        Optional<String> counterReference) {

    /** Checks the components. */
    public ReissueRequest {
        required("reason", reason);
        required("cardId", cardId);
        required("cip", cip);
        required("presentedBy", presentedBy);
        if (presentedBy.isPresent() && presentedBy.get().mode() == ActivationMode.DELEGATE_HEALTH) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("presentedBy"));
        }
        counterReference = CounterRecord.reference(counterReference);
    }

    /**
     * Returns a request that names nobody at the counter (the protocol before 1.2.0).
     *
     * @param reason why
     * @param cardId the card being replaced, if known
     * @param cip    the holder's CIP, if given
     */
    public ReissueRequest(ReissueReason reason, Optional<CardId> cardId, Optional<Cip> cip) {
        this(reason, cardId, cip, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a request for a holder identified at the counter, without the CIP.
     *
     * @param reason           why
     * @param cardId           the card being replaced, if known
     * @param presentedBy      who came, with the document shown
     * @param counterReference the counter's reference for the papers collected, if any
     * @return the request
     */
    public static ReissueRequest identified(
            ReissueReason reason,
            Optional<CardId> cardId,
            ApplicantData presentedBy,
            Optional<String> counterReference) {
        return new ReissueRequest(reason, cardId, Optional.empty(), Optional.of(presentedBy), counterReference);
    }

    /**
     * Returns what the CMS keeps of this request's counter checks, if it names who came.
     *
     * @return the record, or empty
     */
    public Optional<CounterRecord> counterRecord() {
        return presentedBy.map(by -> new CounterRecord(by, Set.of(), counterReference, Optional.empty()));
    }

    /**
     * Returns a request without CIP.
     *
     * @param reason why
     * @param cardId the card being replaced, if known
     */
    public ReissueRequest(ReissueReason reason, Optional<CardId> cardId) {
        this(reason, cardId, Optional.empty());
    }
}
