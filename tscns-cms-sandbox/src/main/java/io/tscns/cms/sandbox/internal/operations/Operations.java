package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.CmsProfile;
import io.tscns.cms.sandbox.internal.domain.AuditTrail;
import io.tscns.cms.sandbox.internal.domain.Stores;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.SplitPolicy;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

/**
 * The handlers of every operation, wired to the stores and rules of one sandbox (<i>operazioni</i>). Thread-safe;
 * the handlers run on the single writer's thread.
 *
 * @param identify       card identification
 * @param activate       activation
 * @param recordConsents FSE consents after activation
 * @param reprint        PIN/PUK reprint
 * @param revoke         revocation
 * @param suspend        suspension
 * @param reactivate     reactivation
 * @param reissue        duplicate request
 * @param emission       emission request
 * @param status         card status
 * @param history        card history
 * @param holder         holder data
 * @param consents       FSE consents read
 * @param personCards    a person's cards
 * @param personOperations the operations on a person's cards
 * @param auditExport    audit export
 * @param auditVerify    audit verification
 * @param ship           shipment
 * @param expire         expiry asked by the issuer
 * @param dueExpiries    expiry applied by the sandbox's clock, before any operation
 */
public record Operations(
        IdentifyHandler identify,
        ActivateHandler activate,
        RecordConsentsHandler recordConsents,
        ReprintHandler reprint,
        RevokeHandler revoke,
        SuspendHandler suspend,
        ReactivateHandler reactivate,
        ReissueHandler reissue,
        EmissionHandler emission,
        CardStatusHandler status,
        CardHistoryHandler history,
        CardHolderHandler holder,
        ConsentsHandler consents,
        PersonCardsHandler personCards,
        PersonOperationsHandler personOperations,
        AuditExportHandler auditExport,
        AuditVerifyHandler auditVerify,
        ShipHandler ship,
        ExpireHandler expire,
        DueExpiries dueExpiries) {

    /**
     * Checks the components.
     */
    public Operations {
        Objects.requireNonNull(identify, "identify");
        Objects.requireNonNull(activate, "activate");
        Objects.requireNonNull(recordConsents, "recordConsents");
        Objects.requireNonNull(reprint, "reprint");
        Objects.requireNonNull(revoke, "revoke");
        Objects.requireNonNull(suspend, "suspend");
        Objects.requireNonNull(reactivate, "reactivate");
        Objects.requireNonNull(reissue, "reissue");
        Objects.requireNonNull(emission, "emission");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(personCards, "personCards");
        Objects.requireNonNull(personOperations, "personOperations");
        Objects.requireNonNull(auditExport, "auditExport");
        Objects.requireNonNull(auditVerify, "auditVerify");
        Objects.requireNonNull(ship, "ship");
        Objects.requireNonNull(expire, "expire");
        Objects.requireNonNull(dueExpiries, "dueExpiries");
    }

    /**
     * Wires the handlers.
     *
     * @param stores     the stores, used by the single writer's thread
     * @param trail      the committed audit chain
     * @param profile    the CMS's profile: lifecycle, activation rules, codes released, sealed envelope
     * @param split      how codes are split in two halves
     * @param generator  generates the codes of cards seeded without them
     * @param random     draws the identification references
     * @param identificationLifetime how long an identification opens activation, reprint and consents
     * @return the handlers
     */
    public static Operations of(
            Stores stores,
            AuditTrail trail,
            CmsProfile profile,
            SplitPolicy split,
            CodeGenerator generator,
            SecureRandom random,
            Duration identificationLifetime) {
        Transitions transitions = new Transitions(stores.cards(), profile.lifecycle());
        CipCheck cip = new CipCheck(stores.cards(), stores.codes(), transitions);
        CodeDelivery codes = new CodeDelivery(stores.codes(), stores.outbox(), split, generator);
        ConsentRecorder recorder = new ConsentRecorder(stores.consents());
        NewCards newCards = new NewCards(stores.cards(), stores.history());
        IdentificationGate gate = new IdentificationGate(stores.identifications(), random, identificationLifetime);
        return new Operations(
                new IdentifyHandler(stores.cards(), stores.holders(), gate),
                new ActivateHandler(stores.cards(), transitions, codes, recorder, profile, gate),
                new RecordConsentsHandler(stores.cards(), recorder, gate),
                new ReprintHandler(stores.cards(), codes, gate, profile.activation()),
                new RevokeHandler(stores.cards(), cip, transitions),
                new SuspendHandler(stores.cards(), transitions),
                new ReactivateHandler(stores.cards(), transitions),
                new ReissueHandler(
                        stores.cards(),
                        stores.holders(),
                        stores.history(),
                        stores.requests(),
                        cip,
                        transitions,
                        newCards),
                new EmissionHandler(stores.holders(), stores.requests(), newCards),
                new CardStatusHandler(stores.cards()),
                new CardHistoryHandler(stores.cards(), stores.history()),
                new CardHolderHandler(stores.cards(), stores.holders()),
                new ConsentsHandler(stores.cards(), stores.consents()),
                new PersonCardsHandler(stores.cards(), stores.holders()),
                new PersonOperationsHandler(stores.cards(), stores.holders(), stores.history()),
                new AuditExportHandler(trail),
                new AuditVerifyHandler(),
                new ShipHandler(stores.cards(), transitions),
                new ExpireHandler(stores.cards(), transitions),
                new DueExpiries(stores.cards(), stores.history(), profile.lifecycle()));
    }
}
