package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.secret.SecretCode;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestIssuer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;

class CardFactoryTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(7)).build();

    private static byte[] readFile(SimulatedCard card, CardFile file) {
        Response fci = Response.of(card.process(CommandBytes.of(0, 0xA4, 0x08, 0x00, file.selectPath(), 256)));
        byte[] fciData = fci.data();
        int size = ((fciData[4] & 0xFF) << 8) | (fciData[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            int offset = out.size();
            out.writeBytes(Response.of(card.process(
                            CommandBytes.of(0, 0xB0, offset >>> 8, offset & 0xFF, Math.min(0xFF, size - offset))))
                    .data());
        }
        return out.toByteArray();
    }

    @Test
    void everyPieceOfTheCardAgrees() throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            SimulatedCard card = issued.card();
            card.powerOn();
            CardId cardId = CardId.fromFile(readFile(card, CardFile.CARD_ID));
            assertEquals(issued.cardId(), cardId);
            assertTrue(cardId.value().startsWith("6090") && cardId.value().endsWith("000"));
            assertTrue(issued.teamNumber().isDerivedFrom(cardId));

            byte[] personalDataFile = readFile(card, CardFile.PERSONAL_DATA);
            assertEquals(400, personalDataFile.length);
            PersonalData data = PersonalDataCodec.decode(personalDataFile).data();
            assertEquals(issued.personalData().data(), data);
            assertEquals("ROSSI", data.surname());
            assertEquals(PersonalCodiceFiscale.parse("RSSMRA80A01H501U"), issued.codiceFiscale());
            assertEquals("6090", data.issuerCode());
            LocalDate issuedOn = data.parsedIssueDate().orElseThrow();
            assertEquals(issuedOn.plusYears(6), data.parsedExpiryDate().orElseThrow());

            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(readFile(card, CardFile.AUTHENTICATION_CERTIFICATE)));
            assertEquals(issued.certificate(), certificate);
            assertEquals(issued.card().publicKey(), certificate.getPublicKey());
            String hash = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest(issued.personalData().text()));
            String commonName = new javax.naming.ldap.LdapName(
                            certificate.getSubjectX500Principal().getName())
                    .getRdns().stream()
                            .filter(rdn -> rdn.getType().equals("CN"))
                            .findFirst()
                            .orElseThrow()
                            .getValue()
                            .toString();
            assertEquals("RSSMRA80A01H501U/" + cardId.value() + "." + hash, commonName);
            assertTrue(certificate.getIssuerX500Principal().getName().contains("CN=Regione Toscana - CA Cittadini"));
            assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
            assertEquals(List.of("1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
            CertificatePolicies policies = CertificatePolicies.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(certificate.getExtensionValue("2.5.29.32")));
            assertTrue(Arrays.stream(policies.getPolicyInformation())
                    .map(PolicyInformation::getPolicyIdentifier)
                    .anyMatch(oid -> oid.getId().equals("1.3.76.16.2.1")));
            LocalDate notAfter =
                    certificate.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            assertEquals(
                    6,
                    notAfter.getYear()
                            - certificate
                                    .getNotBefore()
                                    .toInstant()
                                    .atZone(ZoneOffset.UTC)
                                    .toLocalDate()
                                    .getYear());
        }
    }

    @Test
    void theReleasedCodesWorkOnTheCard() {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            CardProbe probe = new CardProbe(issued.card());
            byte[] pin = issued.pin().paddedForCard();
            byte[] puk = issued.puk().paddedForCard();
            probe.expect(0x9000, CommandBytes.of(0, 0x20, 0, 0x10, pin));
            probe.expect(0x9000, CommandBytes.of(0, 0x2C, 1, 0x10, puk));
            assertEquals(5, issued.pin().length());
            assertEquals(8, issued.puk().length());
            assertEquals(8, issued.cip().length());
            // The record's text is built from its components' texts; the card id, TEAM number and certificate are
            // long digit strings in which a random 5-digit PIN can occur by chance, so check the secret components.
            String described = issued.toString();
            for (SecretCode code : List.of(issued.pin(), issued.puk(), issued.cip())) {
                String text = code.toString();
                char[] value = code.toCharArray();
                assertFalse(text.contains(new String(value)), "a code appears in " + text);
                assertTrue(text.endsWith("[redacted]"), text);
                assertTrue(described.contains(text), "the record does not show the redacted " + text);
                Arrays.fill(value, '0');
            }
            Arrays.fill(pin, (byte) 0);
            Arrays.fill(puk, (byte) 0);
        }
    }

    @Test
    void seededFactoriesIssueTheSameCard() throws Exception {
        IssuedCard first = CardFactory.builder()
                .keys(KeyPairSource.seeded(1))
                .random(seeded(42))
                .build()
                .issue(CardHolder.example());
        IssuedCard second = CardFactory.builder()
                .keys(KeyPairSource.seeded(1))
                .random(seeded(42))
                .build()
                .issue(CardHolder.example());
        assertEquals(first.cardId(), second.cardId());
        assertEquals(first.card().publicKey(), second.card().publicKey());
        assertTrue(first.pin().matches(second.pin()));
        IssuedCard other = CardFactory.builder()
                .keys(KeyPairSource.seeded(1))
                .random(seeded(43))
                .build()
                .issue(CardHolder.example());
        assertNotEquals(first.cardId(), other.cardId());
    }

    @Test
    void profilesAndIssuersShapeTheCard() {
        IssuedCard small = CardFactory.builder()
                .issuer(TestIssuer.LOMBARDIA)
                .keys(KeyPairSource.seeded(3))
                .build()
                .issue(
                        new CardHolder(
                                "Bianchi",
                                "Anna",
                                Sex.FEMALE,
                                LocalDate.of(1990, 5, 17),
                                new io.tscns.core.person.BirthPlaceCode("F205"),
                                new io.tscns.core.person.BirthPlaceCode("F205")),
                        SimulatedProfile.RSA_1024);
        assertEquals(1024, small.card().publicKey().getModulus().bitLength());
        assertEquals(SimulatedProfile.RSA_1024, small.card().profile());
        assertTrue(small.cardId().value().startsWith("6030"));
        assertEquals("BIANCHI", small.holder().surname());
        assertEquals("BNCNNA90E57F205", small.codiceFiscale().value().substring(0, 15), "day 17 + 40 for a woman");
        assertTrue(small.certificate().getSubjectX500Principal().getName().contains("OU=REGIONE LOMBARDIA"));
        assertArrayEquals(
                small.cardId().toFileBytes(),
                small.card().fileContent(CardFile.CARD_ID).orElseThrow());
    }

    @Test
    void anOmocodicHolderGetsTheVariantOnTheCardAndInTheCertificate() throws Exception {
        CardHolder holder = CardHolder.example().withOmocodeLevel(2);
        try (IssuedCard issued = FACTORY.issue(holder)) {
            PersonalCodiceFiscale variant =
                    PersonalCodiceFiscale.parse("RSSMRA80A01H501U").omocode(2);
            assertEquals(variant, holder.codiceFiscale());
            assertEquals(variant, issued.codiceFiscale());
            assertEquals(
                    variant.value(),
                    PersonalDataCodec.decode(issued.card()
                                    .fileContent(CardFile.PERSONAL_DATA)
                                    .orElseThrow())
                            .data()
                            .codiceFiscale());
            assertTrue(
                    issued.certificate().getSubjectX500Principal().getName().contains("CN=" + variant.value() + "/"),
                    issued.certificate().getSubjectX500Principal()::getName);
            assertEquals(java.util.List.of(), issued.personalData().data().consistencyWarnings());
        }
        assertEquals(CardHolder.example(), CardHolder.example().withOmocodeLevel(0));
    }

    @Test
    void theHeaderConventionIsTheFactorysChoice() {
        CardFactory excluding = CardFactory.builder()
                .keys(KeyPairSource.seeded(7))
                .headerConvention(io.tscns.core.personaldata.HeaderConvention.EXCLUDES_HEADER)
                .build();
        try (IssuedCard issued = excluding.issue(CardHolder.example())) {
            byte[] file = issued.card().fileContent(CardFile.PERSONAL_DATA).orElseThrow();
            assertEquals(
                    io.tscns.core.personaldata.HeaderConvention.EXCLUDES_HEADER,
                    PersonalDataCodec.decode(file).headerConvention());
            int declared = Integer.parseInt(new String(file, 0, 6, java.nio.charset.StandardCharsets.US_ASCII), 16);
            assertEquals(issued.personalData().textLength() - 6, declared);
        }
    }

    @Test
    void aTamperedFileNoLongerHasTheDigestTheCertificateWasIssuedOver() throws Exception {
        CardFactory tampering = CardFactory.builder()
                .keys(KeyPairSource.seeded(7))
                .tamperWithPersonalData(file -> {
                    file[38] = 'O'; // ROSSI -> ROSSO: the surname's last letter, docs/card.md §2.3
                    return file;
                })
                .build();
        try (IssuedCard issued = tampering.issue(CardHolder.example())) {
            byte[] onCard = issued.card().fileContent(CardFile.PERSONAL_DATA).orElseThrow();
            assertEquals("ROSSO", PersonalDataCodec.decode(onCard).data().surname());
            assertEquals("ROSSO", issued.personalData().data().surname());
            String digest = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest(issued.personalData().text()));
            assertFalse(issued.certificate().getSubjectX500Principal().getName().contains(digest));
            assertTrue(issued.certificate().getSubjectX500Principal().getName().contains("CN=RSSMRA80A01H501U/"));
        }
    }

    private static SecureRandom seeded(long seed) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }
}
