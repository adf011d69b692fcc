package io.tscns.examples;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.Applicant;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counter software (<i>software di sportello</i>, a pharmacy's): the operator logs in to the CMS with mutual TLS and
 * a personal certificate, identifies the holder's card, activates it, prints the receipt with the counter halves,
 * and (in the sandbox only) reads the e-mail with the other halves.
 */
public final class CounterSoftwareExample implements ReadmeExample {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Override
    public void run() throws Exception {
        try (SimulatedCms cms = SimulatedCms.start()) {
            Path p12 = Files.createTempFile("pharmacy-1", ".p12");
            cms.operator("pharmacy-1").credential().writePkcs12(p12, "pharmacy-1", PASSWORD);
            CmsClient client = connect(URI.create("https://localhost:" + cms.port()), p12, cms.caCertificate());
            IssuedCard card = cms.issuedCards().get(0);
            LocalDate expiry = card.personalData().data().parsedExpiryDate().orElseThrow();
            try (Receipt receipt =
                    activate(client, card.codiceFiscale(), card.teamNumber(), expiry, "mario.rossi@example.org")) {
                check(receipt.cardId().equals(card.cardId()), "the receipt is the card's");
                check(receipt.counterHalves().cip().isPresent(), "the receipt has the CIP's counter half");
            }
            OutboxMessage mail =
                    cms.outbox(Optional.of("mario.rossi@example.org")).get(0); // the sandbox's, in-process
            check(
                    mail.cardId().equals(card.cardId())
                            && mail.remoteHalves().cip().isPresent(),
                    "the e-mail has the remote halves");
            mail.remoteHalves().destroy();
            Files.delete(p12);
        }
    }

    static CmsClient connect(URI cmsUri, Path p12, X509Certificate cmsCa) {
        // tag::client[]
        // The operator's personal certificate and key (never shared), and the CA the CMS's certificate comes from.
        CmsClient client = CmsClient.builder()
                .baseUri(cmsUri)                                    // e.g. https://cms.example:8443
                .credentials(OperatorCredentials.pkcs12(p12, PASSWORD))
                .trustAnchors(List.of(cmsCa))
                .build();
        OperatorProfile me = client.login();                    // with mutual TLS: GET /cms/v1/operators/me
        System.out.println(me.displayName() + ", " + me.role() + " at " + me.counterId());
        // end::client[]
        return client;
    }

    static Receipt activate(CmsClient client, CodiceFiscale holder, TeamNumber team, LocalDate expiry, String email) {
        // tag::activate[]
        // Second identity check: the data on the card's face must match the CMS's (Tuscany manual §10.1).
        IdentifyResult identified = client.identifyCard(new IdentifyRequest(holder, team, expiry));
        if (!(identified instanceof IdentifyResult.Match match)) {
            throw new IllegalStateException("send the holder to the Scelta e Revoca office: " + identified);
        }
        CardId cardId = match.card().cardId();
        // The holder in person, with a valid identity card; the other halves go by e-mail. The activation carries
        // the identification's reference: the CMS refuses one without this operator's fresh identification.
        IdentityDocument document = new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "CA12345AB",
                "Comune di Firenze", LocalDate.of(2022, 5, 10), Optional.of(LocalDate.of(2033, 5, 10)));
        Receipt receipt = client.activateCard(cardId, new ActivateCardRequest(holder, expiry,
                ApplicantData.of(new Applicant.Holder(PresentedDocument.withoutDeclaration(document))), Set.of(),
                new DeliveryChannel(ChannelKind.EMAIL, email), true, List.of())
                .withIdentification(match.identificationRef()));
        // Print the counter halves on the holder's receipt (receipt.counterHalves().pin().reveal(), ...), wipe the
        // characters revealed, and close the receipt to wipe its halves.
        return receipt;
        // end::activate[]
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
