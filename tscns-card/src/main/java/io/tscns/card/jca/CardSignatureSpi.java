package io.tscns.card.jca;

import io.tscns.card.key.HashAlgorithm;
import io.tscns.core.TscnsException;
import java.io.ByteArrayOutputStream;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * The provider's signatures with the card's key: the message is hashed on the host, the card signs the digest
 * ({@code docs/card.md §11.1}). Verification, which needs no card, is handed to the JDK's own implementation. A
 * failure of the card or of the PIN entry arrives as a {@link SignatureException} whose cause is the typed tscns
 * exception. Not thread-safe, like every {@code SignatureSpi}.
 */
abstract class CardSignatureSpi extends SignatureSpi {

    private final String algorithm;
    private CardPrivateKey key;
    private Signature verifier;

    CardSignatureSpi(String algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    protected final void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
        if (!(privateKey instanceof CardPrivateKey cardKey)) {
            throw new InvalidKeyException("the TSCNS provider signs only with a card key (CardPrivateKey); got "
                    + (privateKey == null ? "null" : privateKey.getClass().getName()));
        }
        checkKey(cardKey);
        this.key = cardKey;
        this.verifier = null;
        reset();
    }

    @Override
    protected final void engineInitSign(PrivateKey privateKey, SecureRandom random) throws InvalidKeyException {
        engineInitSign(privateKey);
        useRandom(random);
    }

    @Override
    protected final void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
        try {
            Signature jdk = Signature.getInstance(algorithm);
            parameters().ifPresent(spec -> setOn(jdk, spec));
            jdk.initVerify(publicKey);
            this.verifier = jdk;
            this.key = null;
        } catch (NoSuchAlgorithmException e) {
            throw new InvalidKeyException("the JDK has no " + algorithm + " to verify with", e);
        }
    }

    private static void setOn(Signature signature, AlgorithmParameterSpec spec) {
        try {
            signature.setParameter(spec);
        } catch (InvalidAlgorithmParameterException e) {
            throw new InvalidParameterException(e.getMessage());
        }
    }

    @Override
    protected final void engineUpdate(byte b) throws SignatureException {
        engineUpdate(new byte[] {b}, 0, 1);
    }

    @Override
    protected final void engineUpdate(byte[] b, int off, int len) throws SignatureException {
        if (verifier != null) {
            verifier.update(b, off, len);
        } else if (key != null) {
            absorb(b, off, len);
        } else {
            throw new SignatureException("not initialised");
        }
    }

    @Override
    protected final byte[] engineSign() throws SignatureException {
        if (key == null) {
            throw new SignatureException("not initialised for signing");
        }
        try {
            return sign(key);
        } catch (TscnsException | IllegalArgumentException | IllegalStateException e) {
            throw new SignatureException(algorithm + " with the card failed: " + e.getMessage(), e);
        } finally {
            reset();
        }
    }

    @Override
    protected final boolean engineVerify(byte[] sigBytes) throws SignatureException {
        if (verifier == null) {
            throw new SignatureException("not initialised for verification");
        }
        return verifier.verify(sigBytes);
    }

    @Override
    @Deprecated
    protected final void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException("no such parameter: " + param);
    }

    @Override
    @Deprecated
    protected final Object engineGetParameter(String param) {
        throw new InvalidParameterException("no such parameter: " + param);
    }

    /** Checks that the card can make this signature with the key. */
    void checkKey(CardPrivateKey cardKey) throws InvalidKeyException {}

    /** Keeps the source of randomness a signature needs (the PSS salt). */
    void useRandom(SecureRandom random) {}

    /** Returns the parameters a verifier needs too. */
    Optional<AlgorithmParameterSpec> parameters() {
        return Optional.empty();
    }

    abstract void absorb(byte[] b, int off, int len) throws SignatureException;

    abstract byte[] sign(CardPrivateKey cardKey) throws SignatureException;

    abstract void reset();

    private static MessageDigest digest(HashAlgorithm hash) {
        try {
            return MessageDigest.getInstance(hash.digestAlgorithm());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + hash.digestAlgorithm(), e);
        }
    }

    /** {@code SHA1withRSA}, {@code SHA256withRSA} and the like: PKCS#1 v1.5 over the DigestInfo. */
    static final class Pkcs1 extends CardSignatureSpi {
        private final HashAlgorithm hash;
        private final MessageDigest digest;

        Pkcs1(HashAlgorithm hash) {
            super(hash.signatureAlgorithm());
            this.hash = hash;
            this.digest = digest(hash);
        }

        @Override
        void absorb(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        @Override
        byte[] sign(CardPrivateKey cardKey) {
            byte[] value = digest.digest();
            return cardKey.sign(card -> card.sign(hash, value));
        }

        @Override
        void reset() {
            digest.reset();
        }
    }

    /**
     * {@code NONEwithRSA}: the caller gives the DigestInfo (or any input up to the modulus length minus 11 bytes,
     * RFC 8017 §9.2) and the card signs it with PKCS#1 v1.5 padding.
     */
    static final class DigestInfo extends CardSignatureSpi {
        private static final int PKCS1_OVERHEAD = 11;
        private final ByteArrayOutputStream input = new ByteArrayOutputStream();
        private int limit;

        DigestInfo() {
            super("NONEwithRSA");
        }

        @Override
        void checkKey(CardPrivateKey cardKey) {
            limit = (cardKey.getModulus().bitLength() + 7) / 8 - PKCS1_OVERHEAD;
        }

        @Override
        void absorb(byte[] b, int off, int len) throws SignatureException {
            if (input.size() + len > limit) {
                reset();
                throw new SignatureException("NONEwithRSA takes at most " + limit + " bytes for this key");
            }
            input.write(b, off, len);
        }

        @Override
        byte[] sign(CardPrivateKey cardKey) {
            byte[] value = input.toByteArray();
            return cardKey.sign(card -> card.signDigestInfo(value));
        }

        @Override
        void reset() {
            input.reset();
        }
    }

    /**
     * {@code RSASSA-PSS} (RFC 8017 §8.1), claimed only for a card that computes raw RSA: the parameters must name the
     * same hash for the message and MGF1, with trailer field 1, as TLS 1.3 uses (RFC 8446 §4.2.3).
     */
    static final class Pss extends CardSignatureSpi {
        private PSSParameterSpec spec;
        private HashAlgorithm hash;
        private MessageDigest digest;
        private SecureRandom random;

        Pss() {
            super("RSASSA-PSS");
        }

        @Override
        void checkKey(CardPrivateKey cardKey) throws InvalidKeyException {
            if (!cardKey.supportsPss()) {
                throw new InvalidKeyException("this card signs with PSO COMPUTE DIGITAL SIGNATURE, which pads with "
                        + "PKCS#1 v1.5 on the card: it cannot make RSASSA-PSS signatures");
            }
        }

        @Override
        void useRandom(SecureRandom source) {
            this.random = source;
        }

        @Override
        protected void engineSetParameter(AlgorithmParameterSpec params) throws InvalidAlgorithmParameterException {
            if (!(params instanceof PSSParameterSpec pss)) {
                throw new InvalidAlgorithmParameterException("RSASSA-PSS needs a PSSParameterSpec");
            }
            HashAlgorithm chosen = Arrays.stream(HashAlgorithm.values())
                    .filter(h -> h.digestAlgorithm().equalsIgnoreCase(pss.getDigestAlgorithm()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidAlgorithmParameterException(
                            "unsupported PSS digest " + pss.getDigestAlgorithm()));
            if (!"MGF1".equalsIgnoreCase(pss.getMGFAlgorithm())
                    || !(pss.getMGFParameters() instanceof MGF1ParameterSpec mgf)
                    || !mgf.getDigestAlgorithm().equalsIgnoreCase(chosen.digestAlgorithm())
                    || pss.getTrailerField() != PSSParameterSpec.TRAILER_FIELD_BC
                    || pss.getSaltLength() < 0) {
                throw new InvalidAlgorithmParameterException("the card's RSASSA-PSS takes MGF1 with the message's "
                        + "hash, trailer field 1 and a salt length of 0 or more");
            }
            this.spec = pss;
            this.hash = chosen;
            this.digest = digest(chosen);
        }

        @Override
        protected AlgorithmParameters engineGetParameters() {
            if (spec == null) {
                return null;
            }
            try {
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("RSASSA-PSS");
                parameters.init(spec);
                return parameters;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK knows RSASSA-PSS parameters", e);
            }
        }

        @Override
        Optional<AlgorithmParameterSpec> parameters() {
            return Optional.ofNullable(spec);
        }

        @Override
        void absorb(byte[] b, int off, int len) throws SignatureException {
            if (digest == null) {
                throw new SignatureException("RSASSA-PSS needs its parameters (setParameter) before the data");
            }
            digest.update(b, off, len);
        }

        @Override
        byte[] sign(CardPrivateKey cardKey) throws SignatureException {
            if (digest == null) {
                throw new SignatureException("RSASSA-PSS needs its parameters (setParameter) before signing");
            }
            byte[] value = digest.digest();
            SecureRandom salt = random != null ? random : new SecureRandom();
            return cardKey.sign(card -> card.signPss(hash, value, spec.getSaltLength(), salt));
        }

        @Override
        void reset() {
            if (digest != null) {
                digest.reset();
            }
        }
    }
}
