package io.tscns.keycloak.internal;

import io.tscns.auth.validation.CertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One validator per configuration, built once, closed with the factory. */
class CnsLoginsTest {

    /** A validator that counts its closes. */
    private static final class Closing implements CertificateValidator, AutoCloseable {
        private final AtomicInteger closed;

        Closing(AtomicInteger closed) {
            this.closed = closed;
        }

        @Override
        public Verdict validate(List<java.security.cert.X509Certificate> chain) {
            return new Verdict.Rejected(List.of(new RejectionReason.NoCertificate()));
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void theSameConfigurationSharesOneValidatorAndAChangedOneGetsItsOwn() {
        AtomicInteger built = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        CnsLogins logins = new CnsLogins(settings -> {
            built.incrementAndGet();
            return new Closing(closed);
        });
        Settings one = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns"));
        Settings same = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns"));
        Settings other = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns", Settings.FAIL_MODE, "SOFT"));
        assertSame(logins.get(one), logins.get(same));
        assertNotSame(logins.get(one), logins.get(other));
        assertEquals(2, built.get());
        logins.close();
        assertEquals(2, closed.get());
    }
}
