package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import org.junit.jupiter.api.Test;

@WithTestPki
class TestPkiExtensionTest {

    @Test
    void theDefaultSeedGivesTheStandardPkiAndTuscanysCa(TestPki pki, TestCa ca) {
        assertSame(TestPki.standard(), pki);
        assertSame(pki.issuingCa(TestIssuer.TOSCANA), ca);
    }

    @Test
    @WithTestPki(seed = 7, issuer = TestIssuer.UMBRIA)
    void anotherSeedGivesAnotherPkiSharedByEveryTestWithThatSeed(TestPki pki, TestCa ca) {
        assertNotEquals(
                TestPki.standard().root().certificate().getPublicKey(),
                pki.root().certificate().getPublicKey());
        assertSame(pki.issuingCa(TestIssuer.UMBRIA), ca);
        assertEquals(TestIssuer.UMBRIA.commonName(), commonName(ca));
    }

    @Test
    @WithTestPki(seed = 7)
    void theSameSeedGivesTheSameKeys(TestPki pki) {
        assertEquals(
                TestPki.builder().seed(7).build().root().certificate().getPublicKey(),
                pki.root().certificate().getPublicKey());
    }

    @Test
    @WithTestPki(seed = 7)
    void theSameSeedIsOnePkiForTheRun(TestPki first, TestPki second) {
        assertSame(first, second);
    }

    private static String commonName(TestCa ca) {
        String subject = ca.certificate().getSubjectX500Principal().getName();
        return subject.substring(subject.indexOf("CN=") + 3).split(",")[0];
    }
}
