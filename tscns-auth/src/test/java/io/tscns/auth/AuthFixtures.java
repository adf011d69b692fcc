package io.tscns.auth;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test material: a test PKI on a fixed clock and a holder. */
public final class AuthFixtures {

    /** The fixed instant of {@link #PKI}. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** A PKI whose CAs issue at {@link #NOW}. */
    public static final TestPki PKI =
            TestPki.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    /** A card id. */
    public static final String CARD_ID = "6090123456789000";
    /** Personal-data bytes standing for EF.Dati_personali. */
    public static final byte[] PERSONAL_DATA =
            "0000000000000000ROSSI MARIO 01011980 M RSSMRA80A01H501U".getBytes(StandardCharsets.US_ASCII);
    /** The holder. */
    public static final CnsSubject HOLDER = CnsSubject.of(
            CodiceFiscale.parse("RSSMRA80A01H501U"), CARD_ID, "MARIO", "ROSSI", "REGIONE TOSCANA", PERSONAL_DATA);

    private AuthFixtures() {}

    /**
     * Returns the Tuscany CA.
     *
     * @return the CA
     */
    public static TestCa toscana() {
        return PKI.issuingCa(TestIssuer.TOSCANA);
    }

    /**
     * Returns the holder's key pair.
     *
     * @return the key pair
     */
    public static KeyPair holderKeys() {
        return PKI.keys().rsa("holder/" + CARD_ID);
    }

    /**
     * Returns a fresh credential for the holder from the Tuscany CA.
     *
     * @return the credential
     */
    public static TestCredential holderCredential() {
        return PKI.cnsCredential(TestIssuer.TOSCANA, HOLDER);
    }
}
