package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsClientBuilder;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.client.RetryPolicy;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.secret.Cip;
import io.tscns.simcard.IssuedCard;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tscns {@code CmsClient} against the real HTTPS sandbox, for the client's acceptance tests: one client per
 * operator of the default population, with the operator's own certificate (or personal token) and the sandbox CA as
 * the only trust anchor; activation requests built from an issued card.
 */
final class ClientFixtures {

    /** Index in {@link SimulatedCms#issuedCards()} of the default population: a Tuscan card. */
    static final int TUSCAN = 0;
    /** A second Tuscan card. */
    static final int TUSCAN_2 = 1;
    /** A Lombard card. */
    static final int LOMBARD = 2;

    private ClientFixtures() {}

    static CmsClientBuilder builder(SimulatedCms cms) {
        // The connect timeout covers the TLS handshake, in which a card signs (and is asked for its PIN). Both are
        // generous: these tests check answers, not speed, and a loaded 2-core machine once took over 20 s to answer
        // an activation (a test that wants a timeout sets its own).
        return CmsClient.builder()
                .baseUri(cms.baseUri())
                .trustAnchors(List.of(cms.caCertificate()))
                .requestTimeout(Duration.ofSeconds(90))
                .connectTimeout(Duration.ofSeconds(90))
                .retryPolicy(RetryPolicy.NONE);
    }

    /** A client logged in with the operator's certificate (mutual TLS). */
    static CmsClient certificate(SimulatedCms cms, String operatorId) {
        char[] password = "sandbox".toCharArray();
        KeyStore store = cms.operator(operatorId).credential().toPkcs12("operator", password);
        try {
            return builder(cms)
                    .credentials(OperatorCredentials.keyStore(store, password))
                    .build();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A client that logs in with the operator's personal token. */
    static CmsClient token(SimulatedCms cms, String operatorId) {
        char[] token = cms.operator(operatorId).token();
        try {
            return builder(cms)
                    .credentials(OperatorCredentials.personalToken(operatorId, token))
                    .build();
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    /**
     * Activates a card and revokes it with its CIP through a client, and checks that the audit chain names the
     * operator for both: the acceptance of a login, whatever the credential.
     */
    static void activateAndRevokeAs(SimulatedCms cms, CmsClient client, IssuedCard card, String operatorId) {
        client.activateCard(card.cardId(), direct(client, card, "holder@example.it"))
                .close();
        assertEquals(
                CardState.REVOKED,
                client.revokeCard(card.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, card.cip()))
                        .state());
        List<String> audit = cms.auditEntries().stream()
                .map(AuditEntry::record)
                .filter(entry -> entry.cardId().equals(Optional.of(card.cardId().value())))
                .map(entry -> entry.operatorId() + " " + entry.operation())
                .toList();
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.stream().allMatch(line -> line.startsWith(operatorId + " ")), audit.toString());
    }

    /** A CIP that differs from the right one in its first digit. */
    static Cip wrongCip(Cip right) {
        char[] digits = right.toCharArray();
        digits[0] = digits[0] == '9' ? '0' : (char) (digits[0] + 1);
        return Cip.parse(digits);
    }

    static LocalDate expiry(IssuedCard card) {
        return card.personalData().data().parsedExpiryDate().orElseThrow();
    }

    static IdentifyRequest identify(IssuedCard card) {
        return new IdentifyRequest(card.codiceFiscale(), card.teamNumber(), expiry(card));
    }

    static IdentityDocument document(Optional<LocalDate> expiry) {
        return new IdentityDocument(
                IdentityDocumentType.IDENTITY_CARD,
                "CA1234567",
                "Comune di Firenze",
                LocalDate.of(2015, 1, 10),
                expiry);
    }

    /**
     * Identifies a card as a client's operator (manual §10.1 steps 4–5), as a counter does before activating it,
     * reprinting its codes or recording consents.
     */
    static IdentificationRef identified(CmsClient client, IssuedCard card) {
        return ((IdentifyResult.Match) client.identifyCard(identify(card))).identificationRef();
    }

    /** A direct activation carrying the client's operator's fresh identification of the card. */
    static ActivateCardRequest direct(CmsClient client, IssuedCard card, String email) {
        return direct(card, email).withIdentification(identified(client, card));
    }

    /** A direct activation without identification (which the CMS refuses {@code identification-required}). */
    static ActivateCardRequest direct(IssuedCard card, String email) {
        return direct(
                card,
                email,
                PresentedDocument.withoutDeclaration(
                        document(Optional.of(LocalDate.now().plusYears(5)))));
    }

    static ActivateCardRequest direct(IssuedCard card, String email, PresentedDocument document) {
        return new ActivateCardRequest(
                card.codiceFiscale(),
                expiry(card),
                new ApplicantData(ActivationMode.DIRECT, Optional.empty(), Optional.empty(), document),
                Set.of(),
                new DeliveryChannel(ChannelKind.EMAIL, email),
                true,
                List.of());
    }
}
