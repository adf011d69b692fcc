package io.tscns.simcard;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.core.personaldata.Padding;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TestPkiException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Issues consistent simulated TS-CNS cards (<i>emissione della tessera</i>) for a holder, as a regional Card
 * Management System would, so that every piece a test reads agrees with every other:
 *
 * <ul>
 *   <li>EF.ID_Carta: {@code 6}, the issuer's three-digit region code, nine random digits, {@code 000} (the shape of
 *       the one real sample, {@code docs/card.md §3.1}; the region codes are the health-service ones of
 *       {@code docs/card.md §7.1}, an inference);</li>
 *   <li>the TEAM number derived from it ({@link TeamNumber#fromCardId(CardId)});</li>
 *   <li>EF.Dati_personali: issuer code {@code 6<region>}, issue date today and expiry six years later, the holder's
 *       names, birth data, the codice fiscale computed from them (the holder's omocodic variant if it has one) and
 *       the residence, encoded as the real card does (header counting itself unless
 *       {@link Builder#headerConvention(HeaderConvention)} says otherwise, padded with zeros to 400 bytes,
 *       {@code docs/card.md §2});</li>
 *   <li>an RSA key pair generated on the chip (or, for reproducible cards, drawn from a {@link KeyPairSource}), and
 *       the CNS authentication certificate the test PKI's regional CA issues for it: CN
 *       {@code CF/cardId.base64(SHA-1(text of EF.Dati_personali))}, policy 1.3.76.16.2.1, keyUsage
 *       digitalSignature, extendedKeyUsage clientAuth, six years;</li>
 *   <li>a PIN (5 digits), a PUK (8 digits) and a CIP drawn by {@link CodeGenerator}.</li>
 * </ul>
 *
 * The files whose format is not public (EF.Dati_processore, the DF2 files, EF.CardStatus, EF.GDO,
 * EF.RootInstFile; {@code docs/card.md §9}) hold placeholder bytes: random bytes for the chip data, zeros for the rest.
 *
 * <p>Thread-safe if the random source is.
 *
 * @since 0.1.0
 */
public final class CardFactory {

    /** Years a TS-CNS and its certificate are valid ({@code docs/card.md §6}). */
    public static final int VALIDITY_YEARS = 6;

    private static final int PROCESSOR_DATA_SIZE = 8;
    private static final int PLACEHOLDER_SIZE = 32;
    private static final Map<TestIssuer, String> REGION_CODES = new EnumMap<>(Map.of(
            TestIssuer.TOSCANA, "090",
            TestIssuer.LOMBARDIA, "030",
            TestIssuer.SARDEGNA, "200",
            TestIssuer.UMBRIA, "100",
            TestIssuer.BOLZANO, "041"));

    private final TestPki pki;
    private final TestIssuer issuer;
    private final SecureRandom random;
    private final KeyPairSource keys;
    private final HeaderConvention headerConvention;
    private final UnaryOperator<byte[]> personalDataChange;

    private CardFactory(Builder builder) {
        this.pki = builder.pki != null ? builder.pki : TestPki.standard();
        this.issuer = builder.issuer;
        this.random = builder.random != null ? builder.random : new SecureRandom();
        this.keys = builder.keys;
        this.headerConvention = builder.headerConvention;
        this.personalDataChange = builder.personalDataChange;
    }

    /**
     * Returns a factory over the shared {@link TestPki#standard()}, issuing for Tuscany, with keys generated on the
     * chip and a fresh {@link SecureRandom}.
     *
     * @return the factory
     */
    public static CardFactory standard() {
        return builder().build();
    }

    /**
     * Starts a factory with the defaults of {@link #standard()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Issues a card of the {@link SimulatedProfile#CLASSIC} profile.
     *
     * @param holder the holder
     * @return the card with its data and codes
     */
    public IssuedCard issue(CardHolder holder) {
        return issue(holder, SimulatedProfile.CLASSIC);
    }

    /**
     * Issues a card of a profile.
     *
     * @param holder  the holder
     * @param profile the chip family
     * @return the card with its data and codes
     * @throws io.tscns.core.personaldata.InvalidPersonalDataException if a name does not fit EF.Dati_personali
     *                                                                (non-ASCII, or longer than 255 characters)
     * @throws TestPkiException if the certificate cannot be issued
     */
    public IssuedCard issue(CardHolder holder, SimulatedProfile profile) {
        return issueWithAtr(holder, profile, profile.atr());
    }

    /**
     * Issues a card of a profile that answers with another ATR, for example one that no CNS rule knows, to test
     * recognition by application ({@code docs/card.md §10.3}).
     *
     * @param holder  the holder
     * @param profile the chip family
     * @param atr     the answer to reset, 2 to 33 bytes
     * @return the card and its data
     */
    public IssuedCard issue(CardHolder holder, SimulatedProfile profile, byte[] atr) {
        return issueWithAtr(holder, profile, Objects.requireNonNull(atr, "atr"));
    }

    private IssuedCard issueWithAtr(CardHolder holder, SimulatedProfile profile, byte[] atr) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(profile, "profile");
        String issuerCode = "6" + REGION_CODES.get(issuer);
        CardId cardId = new CardId(issuerCode + String.format("%09d", random.nextInt(1_000_000_000)) + "000");
        LocalDate issued =
                LocalDate.ofInstant(pki.clock().instant(), pki.clock().getZone());
        PersonalData data = PersonalData.builder()
                .issuerCode(issuerCode)
                .issueDate(issued)
                .expiryDate(issued.plusYears(VALIDITY_YEARS))
                .holder(holder.surname(), holder.name(), holder.sex(), holder.birthDate(), holder.birthPlace())
                .codiceFiscale(holder.codiceFiscale())
                .residenceMunicipality(holder.residence())
                .build();
        PersonalDataFile file =
                PersonalDataFile.of(data, headerConvention, Padding.ZERO_BYTES, PersonalDataCodec.TYPICAL_FILE_SIZE);
        CodiceFiscale codiceFiscale = data.parsedCodiceFiscale().orElseThrow();
        CnsSubject subject = CnsSubject.of(
                codiceFiscale, cardId.value(), holder.name(), holder.surname(), issuer.administration(), file.text());
        CodeGenerator codes = new CodeGenerator(random);
        Pin pin = codes.generatePin();
        Puk puk = codes.generatePuk();
        Cip cip = codes.generateCip();
        AtomicReference<X509Certificate> certificate = new AtomicReference<>();
        PersonalDataFile written =
                personalDataChange == null ? file : PersonalDataCodec.decode(personalDataChange.apply(file.encode()));
        SimulatedCardBuilder card = SimulatedCard.builder(profile)
                .random(random)
                .file(CardFile.CARD_ID, cardId.toFileBytes())
                .file(CardFile.PERSONAL_DATA, written.encode())
                .file(CardFile.CHIP_DATA, randomBytes(PROCESSOR_DATA_SIZE))
                .pin(pin)
                .puk(puk)
                .certificate(publicKey -> {
                    certificate.set(pki.issuingCa(issuer).issueCns(subject, publicKey));
                    return encoded(certificate.get());
                });
        for (CardFile placeholder : new CardFile[] {
            CardFile.ADDITIONAL_PERSONAL_DATA,
            CardFile.REMAINING_MEMORY,
            CardFile.INSTALLED_SERVICES,
            CardFile.INSTALLATION_FILE,
            CardFile.CARD_STATUS,
            CardFile.GDO,
            CardFile.ROOT_INSTALLATION_FILE
        }) {
            card.file(placeholder, new byte[PLACEHOLDER_SIZE]);
        }
        if (keys != null) {
            card.keyPair(keys.rsa("card/" + cardId.value(), profile.keySizeBits()));
        }
        card.atr(atr);
        return new IssuedCard(
                card.build(),
                holder,
                issuer,
                cardId,
                TeamNumber.fromCardId(cardId),
                written,
                certificate.get(),
                pin,
                puk,
                cip);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new TestPkiException(TestPkiException.Reason.CRYPTO_FAILURE, "encoding the CNS certificate", e);
        }
    }

    /**
     * Describes the factory.
     *
     * @return for example {@code CardFactory[TOSCANA, keys on the chip]}
     */
    @Override
    public String toString() {
        return "CardFactory[" + issuer + (keys == null ? ", keys on the chip]" : ", keys from " + keys + "]");
    }

    /** Configures a {@link CardFactory}. Not thread-safe. */
    public static final class Builder {

        private TestPki pki;
        private TestIssuer issuer = TestIssuer.TOSCANA;
        private SecureRandom random;
        private KeyPairSource keys;
        private HeaderConvention headerConvention = HeaderConvention.INCLUDES_HEADER;
        private UnaryOperator<byte[]> personalDataChange;

        private Builder() {}

        /**
         * Sets what the length header of EF.Dati_personali counts; the default is the real card's
         * {@link HeaderConvention#INCLUDES_HEADER} ({@code docs/card.md §2.1}: no public source settles it, so readers
         * must accept both).
         *
         * @param convention the convention
         * @return this builder
         */
        public Builder headerConvention(HeaderConvention convention) {
            this.headerConvention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Changes EF.Dati_personali after the certificate was issued over it, as on a card whose file was rewritten:
         * the digest in the certificate's CN no longer matches the file, which is what tests of that check need.
         * The card and {@link IssuedCard#personalData()} hold the changed file.
         *
         * @param change takes the file as issued (a copy) and returns the file to write; it must still decode
         * @return this builder
         */
        public Builder tamperWithPersonalData(UnaryOperator<byte[]> change) {
            this.personalDataChange = Objects.requireNonNull(change, "change");
            return this;
        }

        /**
         * Sets the test PKI whose regional CA issues the certificates and whose clock dates the cards; the default
         * is {@link TestPki#standard()}.
         *
         * @param testPki the PKI
         * @return this builder
         */
        public Builder pki(TestPki testPki) {
            this.pki = Objects.requireNonNull(testPki, "testPki");
            return this;
        }

        /**
         * Sets the issuing region; the default is Tuscany.
         *
         * @param testIssuer the issuer
         * @return this builder
         */
        public Builder issuer(TestIssuer testIssuer) {
            this.issuer = Objects.requireNonNull(testIssuer, "testIssuer");
            return this;
        }

        /**
         * Sets the random source of card ids, codes, chip data and on-chip key generation; a seeded
         * {@code SHA1PRNG} makes them reproducible.
         *
         * @param secureRandom the source
         * @return this builder
         */
        public Builder random(SecureRandom secureRandom) {
            this.random = Objects.requireNonNull(secureRandom, "secureRandom");
            return this;
        }

        /**
         * Draws each card's key pair from a reproducible source (label {@code card/<card id>}) instead of generating
         * it on the chip: faster when many cards are issued, and the same card every run with a seeded random.
         *
         * @param source the key source
         * @return this builder
         */
        public Builder keys(KeyPairSource source) {
            this.keys = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Builds the factory.
         *
         * @return the factory
         */
        public CardFactory build() {
            return new CardFactory(this);
        }
    }
}
