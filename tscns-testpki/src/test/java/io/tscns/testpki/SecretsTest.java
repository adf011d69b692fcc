package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.PKI;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private keys and key-store passwords never appear in a toString or an exception message. */
class SecretsTest {

    private static void assertNoSecret(String text, RSAPrivateCrtKey key) {
        for (java.math.BigInteger secret : List.of(key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ())) {
            assertFalse(text.contains(secret.toString()), "decimal private value in: " + text);
            assertFalse(text.contains(secret.toString(16)), "hexadecimal private value in: " + text);
        }
    }

    @Test
    void toStringsNeverShowPrivateKeys() {
        TestCa ca = PKI.issuingCa(TestIssuer.TOSCANA);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) ca.credential().privateKey();
        assertFalse(key.toString().isEmpty());
        assertNoSecret(ca.toString(), key);
        assertNoSecret(ca.credential().toString(), key);
        assertNoSecret(ca.spec().toString(), key);
        assertNoSecret(ca.ocspResponder().toString(), key);
        assertNoSecret(PKI.toString(), key);
        assertNoSecret(PKI.keys().toString(), key);
        TestCredential delegate = PKI.ocspResponderCredential(TestIssuer.TOSCANA);
        assertNoSecret(ca.ocspResponder(delegate).toString(), (RSAPrivateCrtKey) delegate.privateKey());
    }

    @Test
    void aFailedKeyStoreWriteDoesNotShowThePassword(@TempDir Path directory) {
        char[] password = "s3cret-Passw0rd".toCharArray();
        TestCredential credential = PKI.tslSigner();
        Path unwritable = directory.resolve("missing-directory").resolve("store.p12");
        TestPkiException e =
                assertThrows(TestPkiException.class, () -> credential.writePkcs12(unwritable, "tsl", password));
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("s3cret-Passw0rd"));
        }
        assertNoSecret(e.getMessage(), (RSAPrivateCrtKey) credential.privateKey());
    }

    @Test
    void aWrittenKeyStoreOpensWithItsPasswordOnly(@TempDir Path directory) throws Exception {
        char[] password = "s3cret-Passw0rd".toCharArray();
        Path file = directory.resolve("operator.p12");
        TestCredential credential = PKI.operatorCredential(OperatorAndServerProfileTest.OPERATOR);
        credential.writePkcs12(file, "operator", password);
        java.security.KeyStore store = java.security.KeyStore.getInstance(file.toFile(), password);
        org.junit.jupiter.api.Assertions.assertEquals(credential.privateKey(), store.getKey("operator", password));
        org.junit.jupiter.api.Assertions.assertEquals(
                credential.chain(), List.of(store.getCertificateChain("operator")));
        assertThrows(
                java.io.IOException.class,
                () -> java.security.KeyStore.getInstance(file.toFile(), "wrong".toCharArray()));
    }
}
