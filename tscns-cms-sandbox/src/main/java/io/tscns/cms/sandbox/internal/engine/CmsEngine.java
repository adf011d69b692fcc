package io.tscns.cms.sandbox.internal.engine;

import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.EmissionResult;
import io.tscns.cms.protocol.IdentityField;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReissueResult;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.activation.ActivationRequest;
import io.tscns.core.activation.ActivationValidator;
import io.tscns.core.activation.ActivationVerdict;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.audit.AuditDetails;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.consent.ConsentHistory;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.FseRegime;
import io.tscns.core.consent.InvalidConsentException;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.lifecycle.IllegalTransitionException;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.lifecycle.Transition;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.EmailChannel;
import io.tscns.core.secret.RemoteChannel;
import io.tscns.core.secret.SecretCode;
import io.tscns.core.secret.SplitCode;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.cms.sandbox.internal.store.Cards;
import io.tscns.cms.sandbox.internal.store.Journal;
import io.tscns.cms.sandbox.internal.store.Outbox;
import io.tscns.cms.sandbox.internal.store.Rows;
import io.tscns.cms.sandbox.internal.store.WriteQueue.WriteTx;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of the sandbox CMS (<i>regole del CMS</i>): every operation of the protocol, enforced with the core
 * domain — {@link LifecyclePolicy} for transitions, {@link ActivationValidator} for activation modes and documents,
 * {@link ConsentHistory} for FSE consents, the stored CIP (compared in constant time, tries counted) for revocation
 * by the holder, {@link SplitPolicy} for the two halves of each code, the outbox for the remote halves — and the
 * role matrix of {@link OperatorRole}.
 *
 * <p>Every operation runs inside a {@link WriteTx} through {@link #run}: the change, its history line and its audit
 * entry (successful or refused) commit together. Thread-safe (it holds no mutable state; the single writer runs
 * its tasks one at a time).
 */
public final class CmsEngine {

    /** Wrong CIPs accepted before the CIP is blocked. */
    public static final int MAX_CIP_TRIES = 3;
    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final Cards cards;
    private final Outbox outbox;
    private final LifecyclePolicy lifecycle;
    private final ActivationPolicy activationPolicy;
    private final TimeOrderedIds messageIds = new TimeOrderedIds();
    private final SplitPolicy splitPolicy;
    private final CodeGenerator generator;
    private final Clock clock;
    private final CertificateLink certificates;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    /**
     * Creates the engine.
     *
     * @param cards            card table access
     * @param outbox           outbox table access
     * @param lifecycle        lifecycle profile (DM 2011 or Tuscany 2.0)
     * @param activationPolicy activation rules
     * @param splitPolicy      how codes are split
     * @param generator        generates codes for cards seeded without them
     * @param clock            time source
     * @param certificates     where certificate actions go after the commit
     */
    public CmsEngine(Cards cards, Outbox outbox, LifecyclePolicy lifecycle, ActivationPolicy activationPolicy,
            SplitPolicy splitPolicy, CodeGenerator generator, Clock clock, CertificateLink certificates) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.activationPolicy = Objects.requireNonNull(activationPolicy, "activationPolicy");
        this.splitPolicy = Objects.requireNonNull(splitPolicy, "splitPolicy");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * Returns the lifecycle profile.
     *
     * @return the policy
     */
    public LifecyclePolicy lifecycle() {
        return lifecycle;
    }

    /** The body of an operation. */
    @FunctionalInterface
    public interface Work<R> {
        /**
         * Does the operation.
         *
         * @param c       the writer's connection
         * @param details audit details to fill (never a secret)
         * @return the result
         * @throws SQLException on a database error
         */
        R run(Connection c, AuditDetails.Builder details) throws SQLException;
    }

    /**
     * What an operation is about, for the audit record and the history.
     *
     * @param cardId        the card, if any
     * @param codiceFiscale the person, if any
     */
    public record Subject(Optional<String> cardId, Optional<String> codiceFiscale) {
        /** No subject. */
        public static final Subject NONE = new Subject(Optional.empty(), Optional.empty());

        /**
         * A card.
         *
         * @param cardId the card id
         * @return the subject
         */
        public static Subject card(String cardId) {
            return new Subject(Optional.of(cardId), Optional.empty());
        }

        /**
         * A person.
         *
         * @param codiceFiscale the codice fiscale
         * @return the subject
         */
        public static Subject person(String codiceFiscale) {
            return new Subject(Optional.empty(), Optional.of(codiceFiscale));
        }
    }

    /**
     * Runs an operation: checks the role, runs the work under a savepoint, and records the audit entry (and, for a
     * card, the history line) of its success or refusal. A refusal's persisted change (a counted CIP try) stands.
     *
     * @param tx        the transaction
     * @param operator  who
     * @param requestId the request id
     * @param operation what
     * @param subject   on what
     * @param work      the operation's body
     * @param <R>       result type
     * @return the result
     * @throws CmsRefusal if the operation is refused (already audited)
     * @throws SQLException on a database error
     */
    public <R> R run(WriteTx tx, Operator operator, String requestId, Operation operation, Subject subject,
            Work<R> work) throws SQLException {
        Instant now = clock.instant();
        AuditDetails.Builder details = AuditDetails.builder().put("role", operator.role().name().toLowerCase())
                .put("counter", operator.counterId());
        try {
            if (!operation.allows(operator.role())) {
                throw new CmsRefusal(ProblemCode.FORBIDDEN_ROLE, "role " + operator.role() + " may not perform "
                        + operation.auditCode());
            }
            R result = tx.attempt(t -> work.run(t.connection(), details));
            record(tx, operator, requestId, operation, subject, now, new AuditOutcome.Succeeded(), details);
            return result;
        } catch (CmsRefusal refusal) {
            refusal.persisted().write(tx.connection());
            record(tx, operator, requestId, operation, subject, now, new AuditOutcome.Refused(refusal.code()),
                    details);
            throw refusal;
        }
    }

    private void record(WriteTx tx, Operator operator, String requestId, Operation operation, Subject subject,
            Instant now, AuditOutcome outcome, AuditDetails.Builder details) throws SQLException {
        AuditRecord.Builder audit = AuditRecord.builder(operator.operatorId(), now, operation.auditCode(), outcome)
                .requestId(requestId).details(details.build());
        subject.cardId().ifPresent(audit::cardId);
        subject.codiceFiscale().ifPresent(audit::codiceFiscale);
        tx.audit(audit.build());
        if (subject.cardId().isPresent() && !isRead(operation)) {
            Journal.recordAtCurrentState(tx.connection(), subject.cardId().get(),
                    subject.codiceFiscale().orElse(null), new Rows.HistoryRow(0, operation.auditCode(),
                            outcome.toText(), Optional.empty(), operator.operatorId(), now, Optional.of(requestId)));
        }
    }

    private static boolean isRead(Operation operation) {
        return switch (operation) {
            case STATUS, HISTORY, HOLDER, CONSENTS_READ, IDENTIFY -> true;
            default -> false;
        };
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    /**
     * Reads a card.
     *
     * @param c      connection
     * @param cardId the card
     * @return the card
     * @throws CmsRefusal {@code card-not-found}
     * @throws SQLException on a database error
     */
    public Rows.CardRow card(Connection c, String cardId) throws SQLException {
        return cards.card(c, cardId).orElseThrow(() -> new CmsRefusal(ProblemCode.CARD_NOT_FOUND, "no such card"));
    }

    /**
     * Reads a card's holder.
     *
     * @param c      connection
     * @param cardId the card
     * @return the holder
     * @throws SQLException on a database error
     */
    public Rows.HolderRow holder(Connection c, String cardId) throws SQLException {
        Rows.CardRow card = card(c, cardId);
        return cards.holder(c, card.codiceFiscale())
                .orElseThrow(() -> new CmsRefusal(ProblemCode.PERSON_NOT_FOUND, "no personal data for the card's holder"));
    }

    /**
     * Lists a person's cards.
     *
     * @param c             connection
     * @param codiceFiscale the person
     * @return the cards
     * @throws SQLException on a database error
     */
    public List<Rows.CardRow> cardsOf(Connection c, CodiceFiscale codiceFiscale) throws SQLException {
        List<Rows.CardRow> found = cards.cardsOf(c, codiceFiscale.value());
        if (found.isEmpty() && cards.holder(c, codiceFiscale.value()).isEmpty()) {
            throw new CmsRefusal(ProblemCode.PERSON_NOT_FOUND, "no person with that codice fiscale");
        }
        return found;
    }

    /**
     * Reads a card's history.
     *
     * @param c      connection
     * @param cardId the card
     * @return the lines, oldest first
     * @throws SQLException on a database error
     */
    public List<Rows.HistoryRow> history(Connection c, String cardId) throws SQLException {
        card(c, cardId);
        return Journal.history(c, cardId);
    }

    /**
     * Reads the consents of a card's holder.
     *
     * @param c      connection
     * @param cardId the card
     * @return the decisions, oldest first
     * @throws SQLException on a database error
     */
    public List<ConsentRecord> consents(Connection c, String cardId) throws SQLException {
        return consentRecords(c, card(c, cardId).codiceFiscale());
    }

    private static List<ConsentRecord> consentRecords(Connection c, String codiceFiscale) throws SQLException {
        CodiceFiscale citizen = CodiceFiscale.parse(codiceFiscale);
        List<ConsentRecord> records = new ArrayList<>();
        for (Rows.ConsentRow row : Journal.consents(c, codiceFiscale)) {
            records.add(new ConsentRecord(citizen, ConsentKind.valueOf(row.kind()),
                    ConsentStatus.valueOf(row.status()), row.recordedAt(), FseRegime.valueOf(row.regime())));
        }
        return records;
    }

    // ---- identification -------------------------------------------------------------------------------------------

    /**
     * Identifies a card (§10.1 steps 4–5).
     *
     * @param c             connection
     * @param details       audit details
     * @param codiceFiscale the holder's codice fiscale as given
     * @param teamNumber    the TEAM number
     * @param expiryDate    the expiry date printed on the card
     * @return match with the holder's data, or mismatch with the fields that differ
     * @throws SQLException on a database error
     */
    public Results.Identification identify(Connection c, AuditDetails.Builder details, String codiceFiscale,
            String teamNumber, LocalDate expiryDate) throws SQLException {
        Rows.CardRow card = cards.cardByTeam(c, teamNumber)
                .orElseThrow(() -> new CmsRefusal(ProblemCode.CARD_NOT_FOUND, "no card with that TEAM number"));
        List<IdentityField> mismatched = new ArrayList<>();
        if (!card.codiceFiscale().equals(codiceFiscale)) {
            mismatched.add(IdentityField.CODICE_FISCALE);
        }
        if (!card.expiryDate().equals(expiryDate)) {
            mismatched.add(IdentityField.EXPIRY_DATE);
        }
        details.put("outcome", mismatched.isEmpty() ? "match" : "mismatch");
        if (!mismatched.isEmpty()) {
            return new Results.Mismatch(List.copyOf(mismatched));
        }
        return new Results.Match(card, holder(c, card.cardId()));
    }

    // ---- activation -----------------------------------------------------------------------------------------------

    /**
     * Activates a card (§10.1–10.3): checks region, identity, privacy flag, the activation request and the
     * transition, releases the codes (counter halves on the receipt, remote halves to the outbox) and records the
     * consents given.
     *
     * @param c              connection
     * @param details        audit details
     * @param operator       who
     * @param cardId         the card
     * @param request        the core activation request
     * @param channel        where the remote halves go
     * @param privacyConsent the privacy flag
     * @param consents       FSE consents given at activation
     * @return the receipt
     * @throws SQLException on a database error
     */
    public Results.Receipt activate(Connection c, AuditDetails.Builder details, Operator operator, String cardId,
            ActivationRequest request, RemoteChannel channel, boolean privacyConsent,
            Map<ConsentKind, ConsentStatus> consents) throws SQLException {
        Rows.CardRow card = card(c, cardId);
        details.put("mode", request.mode().id()).put("channel", channelKind(channel));
        if (operator.role() == OperatorRole.PHARMACY && !operator.region().equals(card.region())) {
            throw new CmsRefusal(ProblemCode.OTHER_REGION, "a pharmacy cannot activate a card issued by another region");
        }
        List<String> mismatched = new ArrayList<>();
        if (!request.holder().value().equals(card.codiceFiscale())) {
            mismatched.add("holder.codiceFiscale");
        }
        if (!request.cardExpiry().equals(card.expiryDate())) {
            mismatched.add("cardExpiry");
        }
        if (!mismatched.isEmpty()) {
            throw CmsRefusal.withViolations(ProblemCode.IDENTITY_MISMATCH, "the card's data do not match the request",
                    mismatched.stream().map(field -> new Violation("identity-mismatch", Optional.of(field),
                            "differs from the card's record")).toList());
        }
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        if (!privacyConsent) {
            violations.add(new Violation("privacy-consent-missing", Optional.of("privacyConsent"),
                    "the holder's privacy consent flag must be set"));
        }
        ActivationVerdict verdict = ActivationValidator.validate(request, activationPolicy, LocalDate.ofInstant(now,
                ZONE));
        if (verdict instanceof ActivationVerdict.Rejected rejected) {
            rejected.violations().forEach(v -> violations.add(Violation.of(v)));
        }
        if (!violations.isEmpty()) {
            throw CmsRefusal.withViolations(ProblemCode.ACTIVATION_REJECTED, "the activation request breaks "
                    + violations.size() + " rule(s)", violations);
        }
        Transition transition = transition(card, new CardEvent.Activation());
        List<char[]> counter = new ArrayList<>(3);
        List<char[]> remote = new ArrayList<>(3);
        Map<CodeKind, SecretCode> stored = cards.codes(c, cardId, EnumSet.allOf(CodeKind.class));
        try {
            for (CodeKind kind : CodeKind.values()) {
                split(c, cardId, kind, stored.remove(kind), counter, remote);
            }
            outbox.send(c, messageIds.next(now).toString(), cardId, channelKind(channel), channel.address(), remote,
                    now);
        } finally {
            stored.values().forEach(SecretCode::destroy);
            remote.forEach(half -> Arrays.fill(half, '\0'));
        }
        update(c, card, transition.to(), Optional.of(request.mode().id()), card.cipFailures(), now);
        recordConsents(c, operator, card, consents, now);
        return new Results.Receipt(UUID.randomUUID().toString(), cardId, operator.operatorId(), now, counter,
                channelKind(channel), channel.masked());
    }

    private void split(Connection c, String cardId, CodeKind kind, SecretCode stored, List<char[]> counter,
            List<char[]> remote) throws SQLException {
        SecretCode code = stored;
        if (code == null) {
            code = switch (kind) {
                case PIN -> generator.generatePin();
                case PUK -> generator.generatePuk();
                case CIP -> generator.generateCip();
            };
            cards.putCode(c, cardId, code);
        }
        try (SplitCode split = splitPolicy.split(code)) {
            counter.add(split.counterHalf().revealForReceipt());
            remote.add(split.remoteHalf().revealForSending());
        } finally {
            code.destroy();
        }
    }

    private static String channelKind(RemoteChannel channel) {
        return channel instanceof EmailChannel ? "EMAIL" : "SMS";
    }

    // ---- consents -------------------------------------------------------------------------------------------------

    /**
     * Records FSE consents after activation (§10.4).
     *
     * @param c        connection
     * @param details  audit details
     * @param operator who
     * @param cardId   the card presented
     * @param consents the decisions
     * @return the holder's consents after recording
     * @throws SQLException on a database error
     */
    public List<ConsentRecord> recordConsents(Connection c, AuditDetails.Builder details, Operator operator,
            String cardId, Map<ConsentKind, ConsentStatus> consents) throws SQLException {
        Rows.CardRow card = card(c, cardId);
        if (card.state().isFinal()) {
            throw new CmsRefusal(ProblemCode.ILLEGAL_TRANSITION, "consents cannot be recorded on a card in state "
                    + card.state().id());
        }
        details.put("kinds", String.join("+", consents.keySet().stream().map(ConsentKind::id).sorted().toList()));
        recordConsents(c, operator, card, consents, clock.instant());
        return consentRecords(c, card.codiceFiscale());
    }

    private void recordConsents(Connection c, Operator operator, Rows.CardRow card,
            Map<ConsentKind, ConsentStatus> consents, Instant now) throws SQLException {
        if (consents.isEmpty()) {
            return;
        }
        CodiceFiscale citizen = CodiceFiscale.parse(card.codiceFiscale());
        try {
            ConsentHistory history = ConsentHistory.of(citizen, consentRecords(c, card.codiceFiscale()));
            for (Map.Entry<ConsentKind, ConsentStatus> decision : consents.entrySet()) {
                ConsentRecord record = ConsentRecord.of(citizen, decision.getKey(), decision.getValue(), now);
                history = history.append(record);
                Journal.consent(c, card.codiceFiscale(), card.cardId(), new Rows.ConsentRow(record.kind().name(),
                        record.status().name(), record.regime().name(), now, operator.operatorId()));
            }
        } catch (InvalidConsentException e) {
            throw new CmsRefusal(ProblemCode.CONSENT_REJECTED, e.problem().describe());
        }
    }

    // ---- reprint --------------------------------------------------------------------------------------------------

    /**
     * Reprints PIN and PUK (§10.6, <i>ristampa</i>, "Recupero del codice PIN/PUK"): the card's original codes,
     * split again (not new codes), the counter halves on the receipt and the remote halves to the outbox. (A reprint does not change the card's codes, so the simulated
     * card keeps working with them.)
     *
     * @param c        connection
     * @param details  audit details
     * @param operator who
     * @param cardId   the card
     * @param delegate the delegate, for a reprint by delegate
     * @param channel  where the remote halves go
     * @return the receipt (counter halves of PIN and PUK)
     * @throws SQLException on a database error
     */
    public Results.Receipt reprint(Connection c, AuditDetails.Builder details, Operator operator, String cardId,
            Optional<DelegateIdentity> delegate, RemoteChannel channel) throws SQLException {
        Rows.CardRow card = card(c, cardId);
        details.put("by", delegate.isPresent() ? "delegate" : "holder").put("channel", channelKind(channel));
        if (card.state() != CardState.ACTIVE && card.state() != CardState.SUSPENDED) {
            throw new CmsRefusal(ProblemCode.ILLEGAL_TRANSITION, "codes can be reprinted only for an activated card, not"
                    + " one in state " + card.state().id());
        }
        if (delegate.isPresent() && delegate.get().codiceFiscale().value().equals(card.codiceFiscale())) {
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, "the delegate is the holder: use a direct reprint");
        }
        Instant now = clock.instant();
        List<char[]> counter = new ArrayList<>(2);
        List<char[]> remote = new ArrayList<>(2);
        Map<CodeKind, SecretCode> stored = cards.codes(c, cardId, EnumSet.of(CodeKind.PIN, CodeKind.PUK));
        try {
            split(c, cardId, CodeKind.PIN, stored.remove(CodeKind.PIN), counter, remote);
            split(c, cardId, CodeKind.PUK, stored.remove(CodeKind.PUK), counter, remote);
            outbox.send(c, messageIds.next(now).toString(), cardId, channelKind(channel), channel.address(), remote,
                    now);
        } finally {
            stored.values().forEach(SecretCode::destroy);
            remote.forEach(half -> Arrays.fill(half, '\0'));
        }
        return new Results.Receipt(UUID.randomUUID().toString(), cardId, operator.operatorId(), now, counter,
                channelKind(channel), channel.masked());
    }

    // ---- revocation, suspension, reactivation ---------------------------------------------------------------------

    /**
     * What a revocation request says.
     *
     * @param requester kind and data of the requester; for a holder or delegate the {@link CipVerification} in it is
     *                  ignored and set from {@code cip}
     * @param cause     the cause
     * @param cip       the CIP given, checked here; the caller destroys it
     */
    public record RevocationInput(RevocationRequester requester, io.tscns.core.lifecycle.RevocationCause cause,
            Optional<Cip> cip) {
    }

    /**
     * Revokes a card (§10.7 by the holder or a delegate with the CIP, §10.7.1 by the issuer).
     *
     * @param tx       the transaction (for the after-commit certificate revocation)
     * @param details  audit details
     * @param operator who
     * @param cardId   the card
     * @param input    the request
     * @return the card after revocation
     * @throws SQLException on a database error
     */
    public Rows.CardRow revoke(WriteTx tx, AuditDetails.Builder details, Operator operator, String cardId,
            RevocationInput input) throws SQLException {
        Connection c = tx.connection();
        Rows.CardRow card = card(c, cardId);
        details.put("requester", input.requester().kind().id()).put("cause", input.cause().id());
        RevocationRequester requester = input.requester();
        if (!(requester instanceof RevocationRequester.Issuer)) {
            CipVerification verification = checkCip(c, card, input.cip());
            requester = requester instanceof RevocationRequester.Delegate d
                    ? new RevocationRequester.Delegate(d.role(), d.codiceFiscale(), verification)
                    : new RevocationRequester.Holder(verification);
            card = card(c, cardId);
        }
        Transition transition = transition(card, new CardEvent.Revocation(input.cause(), requester));
        return applyTransition(tx, card, transition);
    }

    private CipVerification checkCip(Connection c, Rows.CardRow card, Optional<Cip> given) throws SQLException {
        if (given.isEmpty()) {
            return CipVerification.NOT_VERIFIED;
        }
        if (card.cipFailures() >= MAX_CIP_TRIES) {
            throw new CmsRefusal(ProblemCode.CIP_BLOCKED, "the CIP is blocked after " + MAX_CIP_TRIES + " wrong tries");
        }
        Optional<SecretCode> stored = cards.code(c, card.cardId(), CodeKind.CIP);
        boolean right;
        try {
            right = stored.isPresent() && stored.get().matches(given.get());
        } finally {
            stored.ifPresent(SecretCode::destroy);
        }
        Instant now = clock.instant();
        if (right) {
            if (card.cipFailures() != 0) {
                update(c, card, card.state(), card.activationMode(), 0, now);
            }
            return CipVerification.VERIFIED;
        }
        int failures = card.cipFailures() + 1;
        Rows.CardRow counted = card;
        CmsRefusal refusal = failures >= MAX_CIP_TRIES
                ? CmsRefusal.withTriesLeft(ProblemCode.CIP_BLOCKED, "wrong CIP; the CIP is now blocked", 0)
                : CmsRefusal.withTriesLeft(ProblemCode.WRONG_CIP, "wrong CIP", MAX_CIP_TRIES - failures);
        throw refusal.persisting(conn -> {
            Rows.CardRow fresh = cards.card(conn, counted.cardId()).orElseThrow();
            update(conn, fresh, fresh.state(), fresh.activationMode(), failures, now);
        });
    }

    /**
     * Suspends a card (DM 2011 profile only).
     *
     * @param tx      the transaction
     * @param details audit details
     * @param cardId  the card
     * @return the card after the change
     * @throws SQLException on a database error
     */
    public Rows.CardRow suspend(WriteTx tx, AuditDetails.Builder details, String cardId) throws SQLException {
        Rows.CardRow card = card(tx.connection(), cardId);
        return applyTransition(tx, card, transition(card, new CardEvent.Suspension()));
    }

    /**
     * Reactivates a suspended card (DM 2011 profile only).
     *
     * @param tx      the transaction
     * @param details audit details
     * @param cardId  the card
     * @return the card after the change
     * @throws SQLException on a database error
     */
    public Rows.CardRow reactivate(WriteTx tx, AuditDetails.Builder details, String cardId) throws SQLException {
        Rows.CardRow card = card(tx.connection(), cardId);
        return applyTransition(tx, card, transition(card, new CardEvent.Reactivation()));
    }

    private Transition transition(Rows.CardRow card, CardEvent event) {
        try {
            return lifecycle.apply(card.state(), event);
        } catch (IllegalTransitionException e) {
            throw new CmsRefusal(ProblemCode.ILLEGAL_TRANSITION, e.getMessage());
        }
    }

    private Rows.CardRow applyTransition(WriteTx tx, Rows.CardRow card, Transition transition) throws SQLException {
        Instant now = clock.instant();
        update(tx.connection(), card, transition.to(), card.activationMode(), card.cipFailures(), now);
        cards.recordCertificateAction(tx.connection(), card.cardId(), transition.certificateAction(), now);
        card.certificateSerial().ifPresent(serial ->
                tx.afterCommit(() -> certificates.apply(serial, transition.certificateAction(), now)));
        return card(tx.connection(), card.cardId());
    }

    private void update(Connection c, Rows.CardRow card, CardState state, Optional<String> mode, int cipFailures,
            Instant now) throws SQLException {
        Rows.CardRow next = new Rows.CardRow(card.cardId(), card.teamNumber(), card.codiceFiscale(), card.region(),
                state, card.version(), card.expiryDate(), card.certificateSerial(), mode, cipFailures, now);
        if (!cards.update(c, next)) {
            throw new CmsRefusal(ProblemCode.CONFLICT, "the card was changed by another operation; retry");
        }
    }

    // ---- requests -------------------------------------------------------------------------------------------------

    /** Validity of a new card, from its emission: six years (an inference from the cards seen). */
    private static final int CARD_VALIDITY_YEARS = 6;

    /**
     * Files a duplicate (re-issue) request (<i>riemissione</i>, §10.5), only at ASL counters enabled for re-issue.
     * The old card is revoked together with the request (§10.7: "la revoca viene fatta contestualmente alla
     * richiesta di riemissione"): for {@code LOST} or {@code STOLEN} an activated card is revoked by the holder
     * with cause loss or theft (the CIP checked where the lifecycle profile requires it), any other card or reason
     * is replaced ({@link CardEvent.Replacement}, certificate superseded). The certificate is revoked at the test CA
     * after the commit. A new card is recorded for the person in the lifecycle's initial state
     * ({@link CardState#ISSUED}), visible among the person's cards.
     *
     * @param tx            the transaction (for the after-commit certificate revocation)
     * @param details       audit details
     * @param operator      who
     * @param codiceFiscale the person
     * @param request       the request; the caller destroys its CIP
     * @return the filed request
     * @throws SQLException on a database error
     */
    public ReissueResult reissue(WriteTx tx, AuditDetails.Builder details, Operator operator,
            CodiceFiscale codiceFiscale, ReissueRequest request) throws SQLException {
        Connection c = tx.connection();
        details.put("reason", request.reason().name().toLowerCase());
        if (!operator.reissueEnabled()) {
            throw new CmsRefusal(ProblemCode.REISSUE_NOT_ENABLED, "this counter is not enabled for re-issue (§10.5)");
        }
        List<Rows.CardRow> owned = cardsOf(c, codiceFiscale);
        Optional<Rows.CardRow> old;
        if (request.cardId().isPresent()) {
            String wanted = request.cardId().get().value();
            old = Optional.of(owned.stream().filter(card -> card.cardId().equals(wanted)).findFirst()
                    .orElseThrow(() -> new CmsRefusal(ProblemCode.CARD_NOT_FOUND, "the person has no such card")));
        } else {
            old = owned.stream().filter(card -> !card.state().isFinal())
                    .max(java.util.Comparator.comparing(Rows.CardRow::updatedAt));
        }
        Instant now = clock.instant();
        if (old.isPresent()) {
            Rows.CardRow card = old.get();
            details.put("replaced-card", card.cardId());
            boolean compromised = request.reason() == ReissueReason.LOST || request.reason() == ReissueReason.STOLEN;
            CardEvent event;
            if (compromised && (card.state() == CardState.ACTIVE || card.state() == CardState.SUSPENDED)) {
                CipVerification verification = checkCip(c, card, request.cip());
                card = card(c, card.cardId());
                event = new CardEvent.Revocation(request.reason() == ReissueReason.LOST
                        ? io.tscns.core.lifecycle.RevocationCause.LOSS : io.tscns.core.lifecycle.RevocationCause.THEFT,
                        new RevocationRequester.Holder(verification));
            } else {
                event = new CardEvent.Replacement();
            }
            Rows.CardRow after = applyTransition(tx, card, transition(card, event));
            Journal.record(c, after.cardId(), codiceFiscale.value(), new Rows.HistoryRow(0,
                    Operation.REISSUE.auditCode(), "succeeded", Optional.of(after.state().name()),
                    operator.operatorId(), now, Optional.empty()));
        }
        String region = old.map(Rows.CardRow::region).orElse(operator.region());
        Rows.CardRow pending = newCard(c, operator, Operation.REISSUE, codiceFiscale, region, now);
        details.put("new-card", pending.cardId());
        String id = file(c, operator, "reissue", codiceFiscale, request.reason().name(), now);
        return new ReissueResult(id, codiceFiscale, request.reason(),
                old.map(card -> io.tscns.core.card.CardId.parse(card.cardId())), now);
    }

    /**
     * Files an emission request for a newborn or an immigrant (<i>richiesta di emissione</i>, Allegato 2 item 8):
     * records the person's data and a new card in the lifecycle's initial state ({@link CardState#ISSUED}), in the
     * operator's region.
     *
     * @param c        connection
     * @param details  audit details
     * @param operator who
     * @param request  the request
     * @return the filed request
     * @throws SQLException on a database error
     */
    public EmissionResult emission(Connection c, AuditDetails.Builder details, Operator operator,
            EmissionRequest request) throws SQLException {
        details.put("kind", request.kind().name().toLowerCase());
        CodiceFiscale person = request.person().codiceFiscale();
        PersonData data = request.person();
        cards.putHolder(c, new Rows.HolderRow(person.value(), data.surname(), data.name(), data.birthDate(),
                String.valueOf(data.sex().code()), data.birthPlace()));
        Instant now = clock.instant();
        Rows.CardRow pending = newCard(c, operator, Operation.EMISSION, person, operator.region(), now);
        details.put("new-card", pending.cardId());
        String id = file(c, operator, "emission-" + request.kind().name().toLowerCase(), person,
                request.kind().name(), now);
        return new EmissionResult(id, request.kind(), person, now);
    }

    private Rows.CardRow newCard(Connection c, Operator operator, Operation operation, CodiceFiscale person,
            String region, Instant now) throws SQLException {
        io.tscns.core.card.CardId id;
        do {
            id = new io.tscns.core.card.CardId("6" + region + String.format("%09d", random.nextInt(1_000_000_000))
                    + "000");
        } while (cards.exists(c, id.value()));
        Rows.CardRow card = new Rows.CardRow(id.value(), io.tscns.core.card.TeamNumber.fromCardId(id).value(),
                person.value(), region, CardState.ISSUED, 0, LocalDate.ofInstant(now, ZONE)
                .plusYears(CARD_VALIDITY_YEARS), Optional.empty(), Optional.empty(), 0, now);
        cards.insertCard(c, card);
        Journal.record(c, card.cardId(), person.value(), new Rows.HistoryRow(0, operation.auditCode(),
                "succeeded", Optional.of(CardState.ISSUED.name()), operator.operatorId(), now, Optional.empty()));
        return card;
    }

    private String file(Connection c, Operator operator, String kind, CodiceFiscale codiceFiscale, String reason,
            Instant now) throws SQLException {
        String id = UUID.randomUUID().toString();
        Journal.fileRequest(c, id, kind, codiceFiscale.value(), reason, operator.operatorId(), now);
        return id;
    }
}
