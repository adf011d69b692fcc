package io.tscns.card.jca;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.GenerationGap;
import io.tscns.card.error.NotSupportedOnGenerationException;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.generation.CardOperation;
import io.tscns.card.profile.SigningMethod;
import io.tscns.core.card.CardId;
import io.tscns.core.personaldata.PersonalData;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The card's authentication credential as the JCA provider and the key manager see it: the card (reopened when it
 * was changed, if it came from a reader), its identity and alias, and signing with the PIN asked for only when the
 * card says it is needed. Thread-safe: every method holds this object's lock, and the card serialises its own
 * operations.
 */
final class CardCredential {

    private final Optional<Supplier<CnsCard>> opener;
    private final PinSource pins;
    /** Held across card I/O: a lock, not a monitor, so that a virtual thread waiting on the card does not pin. */
    private final ReentrantLock lock = new ReentrantLock();

    private CnsCard card;
    private CardIdentity identity;

    private CardCredential(CnsCard card, Optional<Supplier<CnsCard>> opener, PinSource pins) {
        this.card = card;
        this.opener = opener;
        this.pins = Objects.requireNonNull(pins, "pins");
    }

    /**
     * Uses one opened card; a card change ends this credential's use.
     *
     * @param card the card, which the caller closes
     * @param pins where the PIN comes from
     * @return the credential
     */
    public static CardCredential of(CnsCard card, PinSource pins) {
        return new CardCredential(Objects.requireNonNull(card, "card"), Optional.empty(), pins);
    }

    /**
     * Opens the card from a reader, and opens it again when it was removed, reset or changed.
     *
     * @param opener opens the card in the reader
     * @param pins   where the PIN comes from
     * @return the credential
     */
    public static CardCredential reopening(Supplier<CnsCard> opener, PinSource pins) {
        return new CardCredential(null, Optional.of(opener), pins);
    }

    /**
     * Returns the identity of the card now in use. An opened card's identity is read once (its connection ends if
     * the card is removed); a card opened from a reader is checked each time, 2 APDUs (EF.ID_Carta), and read again
     * if another card is there.
     *
     * @return the identity
     * @throws NotSupportedOnGenerationException if the card's generation cannot sign
     */
    public CardIdentity identity() {
        lock.lock();
        try {
            if (identity != null && opener.isPresent()) {
                // Reopens the card (and forgets the identity) after a change.
                CardId now = onCard(CnsCard::readCardId);
                if (identity != null && !identity.cardId().equals(now)) {
                    identity = null;
                }
            }
            if (identity == null) {
                identity = onCard(CnsCard::readIdentity);
            }
            if (!card.generation().supports(CardOperation.SIGNING)) {
                throw new NotSupportedOnGenerationException(new GenerationGap.UnknownSequence(
                        card.generation().name(),
                        CardOperation.SIGNING.description(),
                        card.generation().source()));
            }
            return identity;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the alias of the card's key: the holder's names and the card id, e.g.
     * {@code "MARIO ROSSI 6090227373233000"}.
     *
     * @param identity the card's identity
     * @return the alias
     */
    public static String alias(CardIdentity identity) {
        PersonalData data = identity.personalData().data();
        String names = (data.name() + " " + data.surname()).strip().toUpperCase(Locale.ROOT);
        return (names.isEmpty() ? "" : names + " ") + identity.cardId().value();
    }

    /**
     * Tells whether the card can compute RSASSA-PSS: only raw RSA lets the host build the PSS block.
     *
     * @return {@code true} if the card's signing method is {@link SigningMethod#RAW_RSA_DECIPHER}
     */
    public boolean pss() {
        lock.lock();
        try {
            return current().signingMethod() == SigningMethod.RAW_RSA_DECIPHER;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the key of the card now in use.
     *
     * @return a card-backed private key
     */
    public CardPrivateKey privateKey() {
        lock.lock();
        try {
            CardIdentity now = identity();
            return new CardPrivateKey(
                    this, now.cardId(), (RSAPublicKey) now.certificate().getPublicKey(), pss());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the certificate of the card now in use.
     *
     * @return the authentication certificate
     */
    public X509Certificate certificate() {
        lock.lock();
        try {
            return identity().certificate();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Verifies a PIN given up front.
     *
     * @param pin the PIN's characters, which the caller wipes
     */
    public void verify(char[] pin) {
        lock.lock();
        try {
            identity();
            PinSource.verify(card, pin);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Signs with the card that holds the given key: asks for the PIN if the card says it is needed, then signs
     * again.
     *
     * @param cardId    the card the key belongs to
     * @param operation the signing operation
     * @return the signature
     * @throws PinEntryException if the PIN is needed and cannot be verified
     */
    public byte[] sign(CardId cardId, Function<CnsCard, byte[]> operation) {
        lock.lock();
        try {
            if (opener.isPresent() && !identity().cardId().equals(cardId)) {
                throw new io.tscns.card.error.UnexpectedResponseException(
                        "the card in the reader is no longer the " + "card this key belongs to; get the key again");
            }
            try {
                return onCard(operation);
            } catch (SecurityStatusNotSatisfiedException needsPin) {
                pins.login(card, cardId);
                return onCard(operation);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs an operation on the current card; a card reopened from its reader gets one retry after a change. */
    private <T> T onCard(Function<CnsCard, T> operation) {
        CnsCard current = current();
        try {
            return operation.apply(current);
        } catch (CardConnectionException changed) {
            if (opener.isEmpty()) {
                throw changed;
            }
            current.close();
            card = null;
            identity = null;
            return operation.apply(current());
        }
    }

    private CnsCard current() {
        if (card == null) {
            card = opener.orElseThrow().get();
        }
        return card;
    }
}
