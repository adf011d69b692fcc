package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.HOLDER;
import static io.tscns.testpki.Fixtures.NOW;
import static io.tscns.testpki.Fixtures.PERSONAL_DATA;
import static io.tscns.testpki.Fixtures.PKI;
import static io.tscns.testpki.Fixtures.extensionValue;
import static io.tscns.testpki.Fixtures.toscana;
import static io.tscns.testpki.Fixtures.toscanaChain;
import static io.tscns.testpki.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.TemporaryCodiceFiscale;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.UserNotice;
import org.junit.jupiter.api.Test;

class CnsCertificateProfileTest {

    private static final Set<String> CNS = Set.of(CertificatePolicy.CNS_OID);
    private static final KeyPair CARD_KEY = PKI.keys().rsa("holder/profile-test");

    private static X509Certificate issue(CertificateSpec.Builder builder) throws Exception {
        return Fixtures.parseCertificate(toscana().issue(builder.build()).getEncoded());
    }

    private static CertificateSpec.Builder profile() {
        return toscana().cnsAuthentication(HOLDER, CARD_KEY.getPublic());
    }

    @Test
    void subjectFollowsTheCnsProfileInDerOrder() throws Exception {
        X509Certificate certificate = issue(profile());
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs();
        List<ASN1ObjectIdentifier> types =
                Arrays.stream(rdns).map(rdn -> rdn.getFirst().getType()).toList();
        assertEquals(List.of(BCStyle.C, BCStyle.O, BCStyle.OU, BCStyle.CN, BCStyle.GIVENNAME, BCStyle.SURNAME), types);
        List<String> values = Arrays.stream(rdns)
                .map(rdn -> rdn.getFirst().getValue().toString())
                .toList();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-1").digest(PERSONAL_DATA));
        assertEquals(
                List.of(
                        "IT",
                        "tscns Test CA",
                        "REGIONE TOSCANA",
                        "RSSMRA80A01H501U/8038000012345678." + hash,
                        "MARIO",
                        "ROSSI"),
                values);
        assertEquals(28, hash.length());
        assertTrue(rdns[3].getFirst().getValue() instanceof DERUTF8String, "CN is a UTF8String");
    }

    @Test
    void issuerIsTheRegionalCaMarkedAsTestMaterial() throws Exception {
        X509Certificate certificate = issue(profile());
        assertEquals(
                "CN=Regione Toscana - CA Cittadini,OU=Servizi di Certificazione,O=tscns Test CA,C=IT",
                certificate.getIssuerX500Principal().getName());
        assertEquals(3, certificate.getVersion());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        certificate.verify(toscana().certificate().getPublicKey());
    }

    @Test
    void validityIsSixYearsFromTheCaClock() throws Exception {
        X509Certificate certificate = issue(profile());
        assertEquals(NOW, certificate.getNotBefore().toInstant());
        assertEquals(
                NOW.atZone(ZoneOffset.UTC).plusYears(6).toInstant(),
                certificate.getNotAfter().toInstant());
    }

    @Test
    void keyUsageIsCriticalDigitalSignatureOnly() throws Exception {
        X509Certificate certificate = issue(profile());
        assertEquals(Set.of(Extension.keyUsage.getId()), certificate.getCriticalExtensionOIDs());
        // BIT STRING with 7 unused bits and only bit 0 (digitalSignature) set; no nonRepudiation.
        assertEquals(
                "03020780",
                HexFormat.of()
                        .formatHex(extensionValue(certificate, "2.5.29.15").getEncoded()));
        boolean[] bits = certificate.getKeyUsage();
        assertTrue(bits[0]);
        for (int i = 1; i < bits.length; i++) {
            assertFalse(bits[i], "key usage bit " + i);
        }
        assertEquals(-1, certificate.getBasicConstraints(), "no basicConstraints in an end-entity certificate");
    }

    @Test
    void extendedKeyUsageIsClientAuthOnly() throws Exception {
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), issue(profile()).getExtendedKeyUsage());
    }

    @Test
    void policiesCarryTheIssuerCpWithCpsAndTheCnsOidWithItsNotice() throws Exception {
        X509Certificate certificate = issue(profile());
        PolicyInformation[] policies = CertificatePolicies.getInstance(
                        extensionValue(certificate, Extension.certificatePolicies.getId()))
                .getPolicyInformation();
        assertEquals(2, policies.length);

        assertEquals("2.999.1.1", policies[0].getPolicyIdentifier().getId());
        PolicyQualifierInfo cps = PolicyQualifierInfo.getInstance(
                policies[0].getPolicyQualifiers().getObjectAt(0));
        assertEquals(PolicyQualifierId.id_qt_cps, cps.getPolicyQualifierId());
        assertEquals(
                "http://pki.tscns-test.invalid/cps/toscana.pdf",
                cps.getQualifier().toString());

        assertEquals("1.3.76.16.2.1", policies[1].getPolicyIdentifier().getId());
        assertEquals(1, policies[1].getPolicyQualifiers().size());
        PolicyQualifierInfo notice = PolicyQualifierInfo.getInstance(
                policies[1].getPolicyQualifiers().getObjectAt(0));
        assertEquals(PolicyQualifierId.id_qt_unotice, notice.getPolicyQualifierId());
        UserNotice userNotice = UserNotice.getInstance(notice.getQualifier());
        assertNull(userNotice.getNoticeRef());
        assertEquals(
                "Identifies X.509 authentication certificates issued for the italian National Service Card "
                        + "(CNS) project in according to the italian regulation",
                userNotice.getExplicitText().getString());
    }

    @Test
    void revocationPointersAndKeyIdentifiersArePresent() throws Exception {
        X509Certificate certificate = issue(profile());
        assertEquals(List.of("http://pki.tscns-test.invalid/crl/toscana.crl"), crlUrls(certificate));

        AccessDescription[] access = AuthorityInformationAccess.getInstance(
                        extensionValue(certificate, Extension.authorityInfoAccess.getId()))
                .getAccessDescriptions();
        assertEquals(1, access.length);
        assertEquals(AccessDescription.id_ad_ocsp, access[0].getAccessMethod());
        assertEquals(
                "http://pki.tscns-test.invalid/ocsp/toscana",
                access[0].getAccessLocation().getName().toString());

        byte[] ski = SubjectKeyIdentifier.getInstance(
                        extensionValue(certificate, Extension.subjectKeyIdentifier.getId()))
                .getKeyIdentifier();
        byte[] keyBits = SubjectPublicKeyInfo.getInstance(CARD_KEY.getPublic().getEncoded())
                .getPublicKeyData()
                .getBytes();
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(keyBits), ski);
        byte[] aki = AuthorityKeyIdentifier.getInstance(
                        extensionValue(certificate, Extension.authorityKeyIdentifier.getId()))
                .getKeyIdentifierOctets();
        byte[] caSki = SubjectKeyIdentifier.getInstance(
                        extensionValue(toscana().certificate(), Extension.subjectKeyIdentifier.getId()))
                .getKeyIdentifier();
        assertArrayEquals(caSki, aki);
    }

    @Test
    void chainValidatesWithJdkPkixRequiringTheCnsPolicy() throws Exception {
        X509Certificate certificate = issue(profile());
        assertEquals(
                Optional.empty(), validate(toscanaChain(certificate), PKI.root().certificate(), CNS));
        assertEquals(
                Optional.empty(),
                validate(List.of(certificate), toscana().certificate(), CNS),
                "the issuing CA alone, as a trusted-list anchor, also validates");
    }

    @Test
    void temporaryNumericCodiceFiscaleIsWrittenAsIs() throws Exception {
        CodiceFiscale temporary = TemporaryCodiceFiscale.withCheckDigit("0123456789");
        CnsSubject subject =
                CnsSubject.of(temporary, "8038000099999999", "ANNA", "BIANCHI", "REGIONE TOSCANA", PERSONAL_DATA);
        X509Certificate certificate = issue(toscana().cnsAuthentication(subject, CARD_KEY.getPublic()));
        String commonName = X500Name.getInstance(
                        certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN)[0]
                .getFirst()
                .getValue()
                .toString();
        assertTrue(commonName.startsWith(temporary.value() + "/8038000099999999."), commonName);
        assertEquals(11, commonName.indexOf('/'));
        assertEquals(
                Optional.empty(), validate(toscanaChain(certificate), PKI.root().certificate(), CNS));
    }

    @Test
    void expiredVariantFailsPkixAsExpired() throws Exception {
        Instant from = NOW.atZone(ZoneOffset.UTC).minusYears(7).toInstant();
        X509Certificate expired = issue(profile().validity(from, NOW.minusSeconds(86_400)));
        assertEquals(CertPathValidatorException.BasicReason.EXPIRED, reason(expired));
    }

    @Test
    void notYetValidVariantFailsPkixAsNotYetValid() throws Exception {
        Instant from = NOW.plusSeconds(86_400);
        X509Certificate future = issue(profile().validity(from, from.plusSeconds(86_400 * 365L)));
        assertEquals(CertPathValidatorException.BasicReason.NOT_YET_VALID, reason(future));
    }

    @Test
    void wrongOrMissingPolicyFailsPkixPolicyProcessing() throws Exception {
        X509Certificate cie = issue(profile().policies(CertificatePolicy.cie()));
        assertEquals(PKIXReason.INVALID_POLICY, reason(cie));
        assertEquals(
                Optional.empty(),
                validate(toscanaChain(cie), PKI.root().certificate(), Set.of(CertificatePolicy.CIE_OID)),
                "the CIE variant is a valid CIE certificate");

        X509Certificate none = issue(profile().policies());
        assertEquals(PKIXReason.INVALID_POLICY, reason(none));
        assertNull(none.getExtensionValue(Extension.certificatePolicies.getId()));
    }

    @Test
    void lombardyCrsPoliciesAreAvailableForClassification() throws Exception {
        for (String oid : List.of(CertificatePolicy.LOMBARDY_CRS_OID, CertificatePolicy.LOMBARDY_CRS_AGID_OID)) {
            X509Certificate crs = issue(profile().policies(CertificatePolicy.of(oid)));
            assertEquals(
                    Optional.empty(), validate(toscanaChain(crs), PKI.root().certificate(), Set.of(oid)));
            assertEquals(PKIXReason.INVALID_POLICY, reason(crs), "not a CNS policy");
        }
    }

    @Test
    void wrongExtendedKeyUsageChangesOnlyTheEku() throws Exception {
        X509Certificate wrong = issue(profile().extendedKeyUsage(KeyPurpose.SERVER_AUTH));
        assertEquals(List.of(KeyPurpose.SERVER_AUTH.oid()), wrong.getExtendedKeyUsage());
        assertEquals(
                Optional.empty(),
                validate(toscanaChain(wrong), PKI.root().certificate(), CNS),
                "PKIX ignores EKU: the relying party's own EKU check is what must reject it");
    }

    @Test
    void untrustedIssuerWithTheSameNameFailsAsNoTrustAnchor() throws Exception {
        TestCa impostor = PKI.untrustedCa();
        assertEquals(toscana().name(), impostor.name());
        X509Certificate forged = impostor.issue(
                impostor.cnsAuthentication(HOLDER, CARD_KEY.getPublic()).build());
        Optional<CertPathValidatorException> failure =
                validate(List.of(forged, impostor.certificate()), PKI.root().certificate(), CNS);
        assertTrue(failure.isPresent());
        assertEquals(PKIXReason.NO_TRUST_ANCHOR, failure.get().getReason());
        Optional<CertPathValidatorException> direct =
                validate(List.of(forged), toscana().certificate(), CNS);
        assertEquals(
                PKIXReason.NO_TRUST_ANCHOR,
                direct.orElseThrow().getReason(),
                "the authorityKeyIdentifier names the impostor's key, not the real CA's");
        X509Certificate withoutAki = impostor.issue(impostor.cnsAuthentication(HOLDER, CARD_KEY.getPublic())
                .authorityKeyIdentifier(false)
                .build());
        assertEquals(
                CertPathValidatorException.BasicReason.INVALID_SIGNATURE,
                validate(List.of(withoutAki), toscana().certificate(), CNS)
                        .orElseThrow()
                        .getReason(),
                "same issuer name, other key: the signature check against the real CA fails");
    }

    @Test
    void tamperedSignatureFailsPkixAsInvalidSignature() throws Exception {
        X509Certificate tampered = DerDefect.brokenSignature(issue(profile()));
        assertEquals(CertPathValidatorException.BasicReason.INVALID_SIGNATURE, reason(tampered));
    }

    @Test
    void weakRsa1024KeyVariantCarriesA1024BitKey() throws Exception {
        KeyPair weak = PKI.keys().rsa("holder/weak", 1024);
        X509Certificate certificate = issue(profile().publicKey(weak.getPublic()));
        assertEquals(
                1024, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertEquals(
                Optional.empty(),
                validate(toscanaChain(certificate), PKI.root().certificate(), CNS),
                "only a key-size policy, not PKIX, rejects it");
    }

    @Test
    void everyDefectBreaksDerAndTheJdkRejectsAllButItsLenientCases() throws Exception {
        byte[] der = issue(profile()).getEncoded();
        for (DerDefect defect : DerDefect.values()) {
            byte[] broken = defect.apply(der);
            if (defect == DerDefect.SIGNATURE_BIT_FLIPPED) {
                assertTrue(Fixtures.isStrictDer(broken));
                X509Certificate parsed = Fixtures.parseCertificate(broken);
                assertEquals(CertPathValidatorException.BasicReason.INVALID_SIGNATURE, reason(parsed));
                continue;
            }
            assertFalse(Fixtures.isStrictDer(broken), defect.name());
            if (defect != DerDefect.TRAILING_GARBAGE && defect != DerDefect.INDEFINITE_LENGTH) {
                assertThrows(CertificateException.class, () -> Fixtures.parseCertificate(broken), defect.name());
            }
        }
    }

    @Test
    void fixedSerialAndTheSameSeedAndClockGiveIdenticalBytes() throws Exception {
        TestPki twin = TestPki.builder().clock(PKI.clock()).build();
        assertArrayEquals(
                PKI.root().certificate().getEncoded(), twin.root().certificate().getEncoded());
        CertificateSpec spec = profile().serialNumber(BigInteger.valueOf(42)).build();
        assertArrayEquals(
                toscana().issue(spec).getEncoded(),
                twin.issuingCa(TestIssuer.TOSCANA).issue(spec).getEncoded());
    }

    @Test
    void caHierarchyHasTheCaProfile() throws Exception {
        X509Certificate ca = toscana().certificate();
        assertEquals(0, ca.getBasicConstraints());
        assertTrue(ca.getCriticalExtensionOIDs().containsAll(Set.of("2.5.29.19", "2.5.29.15")));
        boolean[] usage = ca.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertEquals(
                Set.of(CertificatePolicy.ANY_POLICY_OID),
                Arrays.stream(CertificatePolicies.getInstance(extensionValue(ca, Extension.certificatePolicies.getId()))
                                .getPolicyInformation())
                        .map(p -> p.getPolicyIdentifier().getId())
                        .collect(Collectors.toSet()));
        X509Certificate root = PKI.root().certificate();
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        root.verify(root.getPublicKey());
        ca.verify(root.getPublicKey());
        assertEquals(List.of("http://pki.tscns-test.invalid/crl/root.crl"), crlUrls(ca));
    }

    static List<String> crlUrls(X509Certificate certificate) throws Exception {
        CRLDistPoint points =
                CRLDistPoint.getInstance(extensionValue(certificate, Extension.cRLDistributionPoints.getId()));
        return Arrays.stream(points.getDistributionPoints())
                .map(point -> GeneralNames.getInstance(
                                point.getDistributionPoint().getName())
                        .getNames()[0])
                .map(name -> {
                    assertEquals(GeneralName.uniformResourceIdentifier, name.getTagNo());
                    return name.getName().toString();
                })
                .toList();
    }

    private static Object reason(X509Certificate leaf) throws Exception {
        Optional<CertPathValidatorException> failure =
                validate(toscanaChain(leaf), PKI.root().certificate(), CNS);
        assertTrue(failure.isPresent(), "expected PKIX to reject the variant");
        return failure.get().getReason();
    }
}
