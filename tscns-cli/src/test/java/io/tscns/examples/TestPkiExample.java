package io.tscns.examples;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The test PKI: a CNS authentication certificate from a regional citizen CA, revoked, and the CRL that says so.
 */
public final class TestPkiExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        // tag::issue[]
        TestPki pki = TestPki.standard();                       // root, regional CAs, operator and server CAs
        TestCa toscana = pki.issuingCa(TestIssuer.TOSCANA);
        KeyPair key = pki.keys().rsa("mario-rossi");             // seeded: the same key on every run
        byte[] personalData = "...EF.Dati_personali...".getBytes(StandardCharsets.US_ASCII);
        CnsSubject subject = CnsSubject.of(CodiceFiscale.parse("RSSMRA80A01H501U"), "6090123456789000", "MARIO",
                "ROSSI", "Regione Toscana", personalData);
        X509Certificate certificate = toscana.issueCns(subject, key.getPublic());   // the CNS profile, docs/card.md §6

        toscana.revoke(certificate, Instant.now(), CrlReason.KEY_COMPROMISE);
        X509CRL crl = toscana.issueCrl(toscana.crl().build());
        System.out.println(certificate.getSubjectX500Principal() + " revoked: " + crl.isRevoked(certificate));
        // end::issue[]
        if (!crl.isRevoked(certificate) || !certificate.getIssuerX500Principal().equals(toscana.name())) {
            throw new AssertionError("the CRL lists the certificate the CA issued");
        }
    }
}
