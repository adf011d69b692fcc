package io.tscns.cms.documents;

import io.tscns.cms.protocol.ConsentsView;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The summary of the FSE consents recorded for the holder (<i>stampa riepilogativa delle operazioni svolte</i>,
 * manual §10.4 step 6): each consent, given or withdrawn, when, and under which regime.
 *
 * @param holder     the holder
 * @param cardId     the card
 * @param consents   the consent events, oldest first, possibly none
 * @param operatorId the operator who recorded them
 * @param printedAt  when the summary is printed
 * @since 0.1.0
 */
public record FseConsentSummary(
        Person holder, CardId cardId, List<ConsentRecord> consents, String operatorId, Instant printedAt)
        implements CounterDocument {

    /** Longest list of consents printed. */
    public static final int MAX_CONSENTS = 200;

    /**
     * Checks the components and copies the list.
     *
     * @throws DocumentException if there are more than {@value #MAX_CONSENTS} consents or the operator is blank
     */
    public FseConsentSummary {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        consents = List.copyOf(consents);
        if (consents.size() > MAX_CONSENTS) {
            throw new DocumentException(List.of(new DocumentProblem.TooLong("consents", MAX_CONSENTS)));
        }
        operatorId = DocumentText.name("operatorId", operatorId, 64);
        Objects.requireNonNull(printedAt, "printedAt");
    }

    /**
     * Returns the summary of the CMS's consent view.
     *
     * @param holder     the holder
     * @param view       the consents, from {@code CmsClient.getConsents}
     * @param operatorId the operator
     * @param printedAt  when
     * @return the summary
     */
    public static FseConsentSummary of(Person holder, ConsentsView view, String operatorId, Instant printedAt) {
        return new FseConsentSummary(holder, view.cardId(), view.consents(), operatorId, printedAt);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.FSE_CONSENT_SUMMARY;
    }
}
