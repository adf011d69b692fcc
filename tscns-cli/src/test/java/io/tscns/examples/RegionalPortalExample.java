package io.tscns.examples;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.audit.AuditKeyRing;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A regional health portal (<i>portale regionale</i>): a card's status and history, all cards of a person, and the
 * audit chain exported and verified with the core verifier and the region's audit key.
 */
public final class RegionalPortalExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        try (SimulatedCms cms = SimulatedCms.start()) {
            char[] password = "changeit".toCharArray();
            CmsClient admin = CmsClient.builder()
                    .baseUri(cms.baseUri())
                    .credentials(OperatorCredentials.keyStore(
                            cms.operator("admin-1").credential().toPkcs12("admin-1", password), password))
                    .trustAnchors(List.of(cms.caCertificate()))
                    .build();
            IssuedCard card = cms.issuedCards().get(0);
            CardStatus status = lookUp(admin, card.cardId(), card.codiceFiscale());
            check(status.cardId().equals(card.cardId()), "the status is the card's");
            AuditVerification verification = audit(admin, cms.auditKeyRing());
            check(verification instanceof AuditVerification.Intact, "the exported chain verifies");
        }
    }

    static CardStatus lookUp(CmsClient client, CardId cardId, CodiceFiscale person) {
        // tag::status[]
        CardStatus status = client.getCard(cardId);                 // state, issuer region, expiry
        for (HistoryEntry entry : client.getHistory(cardId).entries()) {
            System.out.println(entry.at() + " " + entry.operation() + " by " + entry.operatorId() + ": "
                    + entry.outcome() + entry.stateAfter().map(state -> " -> " + state.id()).orElse(""));
        }
        PersonCards cards = client.getPersonCards(person);          // every card of the person
        System.out.println(person.value() + " holds " + cards.cards().size() + " card(s)");
        // end::status[]
        return status;
    }

    static AuditVerification audit(CmsClient client, AuditKeyRing regionKeys) throws java.io.IOException {
        // tag::audit[]
        // The chain in the core export format; the region verifies it with its own audit key, not the CMS's word.
        String export = client.exportAudit();
        AuditVerification verification = new AuditVerifier(regionKeys)
                .verifyExport(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)));
        AuditVerificationView cmsSays = client.verifyAudit();        // the CMS's own check, for comparison
        System.out.println(verification + "; the CMS says intact=" + cmsSays.intact());
        // end::audit[]
        return verification;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
