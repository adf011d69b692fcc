package io.tscns.cms.documents;

import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary of a PIN/PUK reprint handed to the citizen (<i>ristampa dei codici PIN/PUK</i>, Toscana manual v2.0
 * §10.6): holder, card, direct or by delegate with the delegate's data (step 6), the document shown (steps 2–3), the
 * counter halves of PIN and PUK as on the activation summary (§10.1 step 12) and the channel of the other halves. No
 * CIP: a reprint releases PIN and PUK. {@link #close()} wipes the halves.
 *
 * @param receiptId     the CMS's receipt number
 * @param holder        the holder
 * @param cardId        the card
 * @param delegate      the delegate, for a reprint by delegate
 * @param document      the identity document of whoever came
 * @param operatorId    the operator who reprinted the codes
 * @param issuedAt      when the CMS reprinted them
 * @param counterHalves the counter halves of PIN and PUK
 * @param channel       the channel of the other halves
 * @param maskedAddress the channel's address, masked by the CMS
 * @since 0.1.0
 */
public record ReprintReceipt(
        String receiptId,
        Person holder,
        CardId cardId,
        Optional<DelegateIdentity> delegate,
        PresentedDocument document,
        String operatorId,
        Instant issuedAt,
        CounterHalves counterHalves,
        ChannelKind channel,
        String maskedAddress)
        implements CounterDocument, AutoCloseable {

    /**
     * Checks the components.
     *
     * @throws DocumentException if a text is blank, too long or unprintable, or the halves hold a CIP
     */
    public ReprintReceipt {
        receiptId = DocumentText.name("receiptId", receiptId, 64);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(document, "document");
        operatorId = DocumentText.name("operatorId", operatorId, 64);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(counterHalves, "counterHalves");
        Objects.requireNonNull(channel, "channel");
        maskedAddress = DocumentText.name("maskedAddress", maskedAddress, 320);
        if (counterHalves.hasCip()) {
            throw new DocumentException(List.of(new DocumentProblem.NotOnThisDocument("cip half")));
        }
    }

    /**
     * Returns the summary of a reprint as the CMS answered it, with the request the counter sent; the counter halves
     * are copied, so the CMS receipt can be wiped at once.
     *
     * @param receipt the CMS's receipt of the reprint
     * @param holder  the holder, as the CMS identified them
     * @param request the reprint request sent
     * @return the summary
     */
    public static ReprintReceipt of(Receipt receipt, Person holder, ReprintRequest request) {
        return new ReprintReceipt(
                receipt.receiptId(),
                holder,
                receipt.cardId(),
                request.delegate(),
                request.document(),
                receipt.operatorId(),
                receipt.issuedAt(),
                CounterHalves.copyOf(receipt.counterHalves()),
                receipt.channel(),
                receipt.maskedAddress());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REPRINT_RECEIPT;
    }

    /** Wipes the counter halves. */
    @Override
    public void close() {
        counterHalves.destroy();
    }
}
