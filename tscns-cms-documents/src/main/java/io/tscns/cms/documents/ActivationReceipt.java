package io.tscns.cms.documents;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.card.CardId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The activation summary handed to the citizen (<i>stampa riepilogativa dell'operazione, comprensiva della prima
 * parte del PIN e del PUK</i>, manual §10.1 step 12): holder, card, mode and who came, the counter halves, the
 * channel of the other halves, the data-processing flag and the FSE consents given. The only document that prints
 * codes, and only the counter halves. {@link #close()} wipes the halves.
 *
 * @param receiptId      the CMS's receipt number
 * @param holder         the holder
 * @param cardId         the card
 * @param applicant      who came to the counter, how and with which document
 * @param operatorId     the operator who activated the card
 * @param issuedAt       when the CMS activated it
 * @param counterHalves  the counter halves of PIN, PUK and CIP
 * @param channel        the channel of the other halves
 * @param maskedAddress  the channel's address, masked by the CMS
 * @param privacyConsent whether the data-processing flag was selected (§10.1 step 10)
 * @param fseConsents    the FSE consents given at activation (§10.1 step 11), possibly none
 * @since 0.1.0
 */
public record ActivationReceipt(
        String receiptId,
        Person holder,
        CardId cardId,
        ApplicantData applicant,
        String operatorId,
        Instant issuedAt,
        CounterHalves counterHalves,
        ChannelKind channel,
        String maskedAddress,
        boolean privacyConsent,
        List<ConsentChoice> fseConsents)
        implements CounterDocument, AutoCloseable {

    /**
     * Checks the components.
     *
     * @throws DocumentException if a text is blank, too long or unprintable
     */
    public ActivationReceipt {
        receiptId = DocumentText.name("receiptId", receiptId, 64);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(applicant, "applicant");
        operatorId = DocumentText.name("operatorId", operatorId, 64);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(counterHalves, "counterHalves");
        Objects.requireNonNull(channel, "channel");
        maskedAddress = DocumentText.name("maskedAddress", maskedAddress, 320);
        fseConsents = List.copyOf(fseConsents);
    }

    /**
     * Returns the receipt of an activation as the CMS answered it, with the request the counter sent; the counter
     * halves are copied, so the CMS receipt can be wiped at once.
     *
     * @param receipt the CMS's receipt
     * @param holder  the holder, as the CMS identified them
     * @param request the activation request sent
     * @return the receipt document
     */
    public static ActivationReceipt of(Receipt receipt, Person holder, ActivateCardRequest request) {
        return new ActivationReceipt(
                receipt.receiptId(),
                holder,
                receipt.cardId(),
                request.applicant(),
                receipt.operatorId(),
                receipt.issuedAt(),
                CounterHalves.copyOf(receipt.counterHalves()),
                receipt.channel(),
                receipt.maskedAddress(),
                request.privacyConsent(),
                request.fseConsents());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ACTIVATION_RECEIPT;
    }

    /** Wipes the counter halves. */
    @Override
    public void close() {
        counterHalves.destroy();
    }
}
