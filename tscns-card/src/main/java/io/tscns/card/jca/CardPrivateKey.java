package io.tscns.card.jca;

import io.tscns.core.card.CardId;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;

/**
 * The card's authentication private key (<i>chiave privata di autenticazione</i>, CNS0) as a JCA key: a handle, not
 * the key. It never leaves the card, so {@link #getEncoded()} and {@link #getFormat()} return {@code null}; it is an
 * {@link RSAKey} so that JSSE and other code can read the modulus size. It signs only through
 * {@link TscnsProvider}'s {@code Signature} services, on the card it came from. Not serializable. Immutable and
 * thread-safe (signatures are serialised on the card).
 *
 * @since 0.1.0
 */
public final class CardPrivateKey implements PrivateKey, RSAKey {

    private static final long serialVersionUID = 1L;

    private final transient CardCredential credential;
    private final transient CardId cardId;
    private final transient RSAPublicKey publicKey;
    private final boolean pss;

    CardPrivateKey(CardCredential credential, CardId cardId, RSAPublicKey publicKey, boolean pss) {
        this.credential = credential;
        this.cardId = cardId;
        this.publicKey = publicKey;
        this.pss = pss;
    }

    /**
     * Returns the algorithm.
     *
     * @return {@code "RSA"}
     */
    @Override
    public String getAlgorithm() {
        return "RSA";
    }

    /**
     * Returns no format: the key cannot be exported.
     *
     * @return {@code null}
     */
    @Override
    public String getFormat() {
        return null;
    }

    /**
     * Returns no encoding: the key cannot be exported.
     *
     * @return {@code null}
     */
    @Override
    public byte[] getEncoded() {
        return null;
    }

    /**
     * Returns the modulus, from the card's certificate.
     *
     * @return the modulus
     */
    @Override
    public BigInteger getModulus() {
        return publicKey.getModulus();
    }

    /**
     * Returns the matching public key, from the card's certificate.
     *
     * @return the public key
     */
    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /**
     * Tells whether the card can compute RSASSA-PSS with this key: only a card whose signing method is raw RSA can
     * ({@code docs/card.md §11.1}).
     *
     * @return {@code true} if the provider's {@code RSASSA-PSS} signature accepts this key
     */
    public boolean supportsPss() {
        return pss;
    }

    /**
     * Returns the card this key is on.
     *
     * @return the card id
     */
    public CardId cardId() {
        return cardId;
    }

    byte[] sign(Function<io.tscns.card.CnsCard, byte[]> operation) {
        return credential.sign(cardId, operation);
    }

    /**
     * Describes the key without any secret.
     *
     * @return e.g. {@code "CardPrivateKey[RSA-2048 on card 6090227373233000, PSS]"}
     */
    @Override
    public String toString() {
        return "CardPrivateKey[RSA-" + publicKey.getModulus().bitLength() + " on card " + cardId.value()
                + (pss ? ", PSS" : ", PKCS#1 v1.5 only") + "]";
    }

    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("a card key cannot be serialized: it is a handle to the card");
    }
}
