package io.tscns.keycloak.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The typed mapping from the validator's reasons to what the citizen reads, and its messages. */
class RefusalsTest {

    private static final RejectionReason REVOKED =
            new RejectionReason.Revoked(RevocationStatus.Source.CRL, Instant.EPOCH, Optional.empty());
    private static final RejectionReason EXPIRED = new RejectionReason.Expired(Instant.EPOCH);
    private static final RejectionReason UNTRUSTED = new RejectionReason.UntrustedIssuer("CN=Impostor");
    private static final RejectionReason WRONG_POLICY = new RejectionReason.WrongPolicy(List.of("1.2.3"));

    @Test
    void everyKindOfRejectionReasonHasARefusal() {
        Set<Class<?>> kinds =
                Arrays.stream(RejectionReason.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, Refusals.mappedKinds(), "a new kind of reason needs its refusal in Refusals");
    }

    @Test
    void eachReasonMapsToWhatTheCitizenCanActOn() {
        assertEquals(Refusal.REVOKED, Refusals.of(REVOKED));
        assertEquals(Refusal.EXPIRED, Refusals.of(EXPIRED));
        assertEquals(Refusal.EXPIRED, Refusals.of(new RejectionReason.NotYetValid(Instant.EPOCH)));
        assertEquals(Refusal.UNTRUSTED, Refusals.of(UNTRUSTED));
        assertEquals(Refusal.UNTRUSTED, Refusals.of(new RejectionReason.BadSignature()));
        assertEquals(Refusal.UNTRUSTED, Refusals.of(new RejectionReason.InvalidChain("path too long")));
        assertEquals(Refusal.NOT_CNS, Refusals.of(WRONG_POLICY));
        assertEquals(Refusal.NOT_CNS, Refusals.of(new RejectionReason.WrongExtendedKeyUsage(List.of())));
        assertEquals(Refusal.NOT_CNS, Refusals.of(new RejectionReason.WrongKeyUsage("nonRepudiation set")));
        assertEquals(
                Refusal.REVOCATION_UNKNOWN,
                Refusals.of(new RejectionReason.RevocationUnknown(new Unavailability.NoLocation("CRL"))));
    }

    @Test
    void theMostDecisiveReasonWins() {
        assertEquals(Refusal.REVOKED, Refusals.of(new Verdict.Rejected(List.of(EXPIRED, WRONG_POLICY, REVOKED))));
        assertEquals(Refusal.UNTRUSTED, Refusals.of(new Verdict.Rejected(List.of(WRONG_POLICY, EXPIRED, UNTRUSTED))));
        assertEquals(Refusal.EXPIRED, Refusals.of(new Verdict.Rejected(List.of(WRONG_POLICY, EXPIRED))));
    }

    @Test
    void everyRefusalHasItsMessageInEnglishAndItalianAndASnakeCaseEventError() throws IOException {
        for (String language : List.of("en", "it")) {
            Properties messages = messages(language);
            for (Refusal refusal : Refusal.values()) {
                String text = messages.getProperty(refusal.messageKey());
                assertTrue(text != null && !text.isBlank(), refusal + " has a message in " + language);
                assertTrue(refusal.eventError().matches("cns_[a-z_]+"), refusal.eventError());
            }
            assertEquals(Refusal.values().length, messages.size(), "no stale message in " + language);
        }
        assertEquals("cnsRefusedRevocationUnknown", Refusal.REVOCATION_UNKNOWN.messageKey());
        assertEquals("cns_not_cns", Refusal.NOT_CNS.eventError());
        assertEquals("not-cns", Refusal.NOT_CNS.code());
    }

    private static Properties messages(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = RefusalsTest.class.getResourceAsStream(
                "/theme-resources/messages/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
