package io.tscns.cms.documents;

import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.core.card.CardId;
import java.time.Instant;
import java.util.Objects;

/**
 * The letter printed in a sealed envelope at activation (<i>stampa in busta chiusa dei codici PIN e PUK
 * contestualmente alla richiesta di attivazione</i>, DM 20 giugno 2011 Allegato 2 point 1c), the alternative to the
 * two halves: holder, card, the activation's number, and the whole PIN and PUK. The only document that prints a whole
 * code, and only where the CMS's profile offers the envelope; never the CIP, which the DM does not release.
 * {@link #close()} wipes the codes.
 *
 * @param receiptId  the CMS's number of the activation
 * @param holder     the holder
 * @param cardId     the card
 * @param operatorId the operator who activated the card
 * @param issuedAt   when the CMS activated it
 * @param codes      the whole PIN and PUK
 * @since 0.1.0
 */
public record SealedEnvelopeLetter(
        String receiptId, Person holder, CardId cardId, String operatorId, Instant issuedAt, EnvelopeCodes codes)
        implements CounterDocument, AutoCloseable {

    /**
     * Checks the components.
     *
     * @throws DocumentException if a text is blank, too long or unprintable
     */
    public SealedEnvelopeLetter {
        receiptId = DocumentText.name("receiptId", receiptId, 64);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        operatorId = DocumentText.name("operatorId", operatorId, 64);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(codes, "codes");
    }

    /**
     * Returns the letter of an activation by sealed envelope as the CMS answered it; the codes are copied, so the
     * CMS's answer can be wiped at once.
     *
     * @param envelope the CMS's answer
     * @param holder   the holder, as the CMS identified them
     * @return the letter
     */
    public static SealedEnvelopeLetter of(SealedEnvelope envelope, Person holder) {
        return new SealedEnvelopeLetter(
                envelope.receiptId(),
                holder,
                envelope.cardId(),
                envelope.operatorId(),
                envelope.issuedAt(),
                EnvelopeCodes.copyOf(envelope));
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SEALED_ENVELOPE_LETTER;
    }

    /** Wipes the codes. */
    @Override
    public void close() {
        codes.destroy();
    }
}
