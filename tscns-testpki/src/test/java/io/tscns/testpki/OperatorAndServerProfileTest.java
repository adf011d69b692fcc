package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.NOW;
import static io.tscns.testpki.Fixtures.PKI;
import static io.tscns.testpki.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class OperatorAndServerProfileTest {

    static final OperatorSubject OPERATOR = new OperatorSubject(
            "op-0042",
            CodiceFiscale.parse("RSSMRA80A01H501U"),
            "Maria",
            "Verdi",
            "Farmacia Comunale di Prova",
            Optional.of("Banco 1"));

    @Test
    void operatorCertificateNamesThePersonTheirIdAndCodiceFiscale() throws Exception {
        TestCredential credential = PKI.operatorCredential(OPERATOR);
        X509Certificate certificate = credential.certificate();
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs();
        List<ASN1ObjectIdentifier> types =
                Arrays.stream(rdns).map(rdn -> rdn.getFirst().getType()).toList();
        assertEquals(
                List.of(
                        BCStyle.C,
                        BCStyle.O,
                        BCStyle.OU,
                        BCStyle.CN,
                        BCStyle.SURNAME,
                        BCStyle.GIVENNAME,
                        BCStyle.SERIALNUMBER,
                        BCStyle.UID),
                types);
        List<String> values = Arrays.stream(rdns)
                .map(rdn -> rdn.getFirst().getValue().toString())
                .toList();
        assertEquals(
                List.of(
                        "IT",
                        "Farmacia Comunale di Prova",
                        "Banco 1",
                        "MARIA VERDI",
                        "Verdi",
                        "Maria",
                        "TINIT-RSSMRA80A01H501U",
                        "op-0042"),
                values);
        assertEquals(List.of(KeyPurpose.CLIENT_AUTH.oid()), certificate.getExtendedKeyUsage());
        assertTrue(certificate.getKeyUsage()[0]);
        assertFalse(certificate.getKeyUsage()[1], "no nonRepudiation");
        assertEquals(
                NOW.atZone(java.time.ZoneOffset.UTC).plusYears(3).toInstant(),
                certificate.getNotAfter().toInstant());
        assertEquals(
                List.of(certificate, PKI.operatorCa().certificate(), PKI.root().certificate()), credential.chain());
        assertEquals(
                Optional.empty(),
                validate(credential.chain().subList(0, 2), PKI.root().certificate(), Set.of("2.999.1.100")));
    }

    @Test
    void operatorIdMustBePrintableAndBounded() {
        for (String bad : List.of("", "with space", "x".repeat(65), "è")) {
            TestPkiException e = assertThrows(
                    TestPkiException.class,
                    () -> new OperatorSubject(bad, OPERATOR.codiceFiscale(), "A", "B", "O", Optional.empty()));
            assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
        }
    }

    @Test
    void tlsServerCertificateNamesLocalhostByDnsAndIp() throws Exception {
        X509Certificate certificate = PKI.localhostServerCredential().certificate();
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        assertEquals(
                Set.of(List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1")),
                Set.copyOf(names));
        assertEquals(List.of(KeyPurpose.SERVER_AUTH.oid()), certificate.getExtendedKeyUsage());
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0] && usage[2], "digitalSignature and keyEncipherment");
        assertEquals(
                "CN=localhost,O=tscns Test CA,C=IT",
                certificate.getSubjectX500Principal().getName());
        assertEquals(
                NOW.plus(java.time.Duration.ofDays(397)),
                certificate.getNotAfter().toInstant());
    }

    @Test
    void tlsServerProfileNeedsAName() {
        KeyPair pair = PKI.keys().rsa("server/none");
        assertThrows(TestPkiException.class, () -> PKI.serverCa().tlsServer(List.of(), pair.getPublic()));
    }

    @Test
    void tlsServerCommonNameIsTheFirstName() throws Exception {
        KeyPair pair = PKI.keys().rsa("server/ip");
        X509Certificate certificate = PKI.serverCa()
                .issue(PKI.serverCa()
                        .tlsServer(
                                List.of(new SubjectAltName.IpAddress(InetAddress.getByName("10.0.0.7"))),
                                pair.getPublic())
                        .build());
        assertEquals(
                "CN=10.0.0.7,O=tscns Test CA,C=IT",
                certificate.getSubjectX500Principal().getName());
    }

    @Test
    void delegatedOcspSignerHasOcspSigningAndNoCheck() throws Exception {
        X509Certificate signer = PKI.ocspResponderCredential(TestIssuer.TOSCANA).certificate();
        assertEquals(List.of(KeyPurpose.OCSP_SIGNING.oid()), signer.getExtendedKeyUsage());
        // The JDK reports this extension's value as empty whatever the bytes, so read them with Bouncy Castle.
        assertTrue(
                new X509CertificateHolder(signer.getEncoded())
                                .getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck)
                                .getParsedValue()
                        instanceof ASN1Null,
                "NULL value");
        assertNull(signer.getExtensionValue("2.5.29.31"), "no CRL distribution point");
        assertEquals(PKI.issuingCa(TestIssuer.TOSCANA).name(), signer.getIssuerX500Principal());
        signer.verify(PKI.issuingCa(TestIssuer.TOSCANA).certificate().getPublicKey());
    }

    @Test
    void trustedListSignerHasTheTslSigningPurpose() throws Exception {
        X509Certificate signer = PKI.tslSigner().certificate();
        assertEquals(List.of("0.4.0.2231.3.0"), signer.getExtendedKeyUsage());
        assertTrue(signer.getKeyUsage()[0] && signer.getKeyUsage()[1]);
        signer.verify(PKI.root().certificate().getPublicKey());
    }
}
