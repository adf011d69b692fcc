package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CmsProtocolException;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.ConsentsView;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.HistoryView;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.LoginRequest;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.PersonOperation;
import io.tscns.cms.protocol.PersonOperations;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProtocolProblem;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SealedEnvelopeActivationRequest;
import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.cms.sandbox.OutboxView;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.operations.AuditExportHandler;
import io.tscns.cms.sandbox.internal.operations.AuditReader;
import io.tscns.cms.sandbox.internal.operations.AuditVerifyHandler;
import io.tscns.cms.sandbox.internal.operations.OnCard;
import io.tscns.cms.sandbox.internal.operations.OnPerson;
import io.tscns.cms.sandbox.internal.operations.Operations;
import io.tscns.cms.sandbox.internal.pipeline.Answered;
import io.tscns.cms.sandbox.internal.pipeline.Call;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.IdempotentRequest;
import io.tscns.cms.sandbox.internal.pipeline.Outcome;
import io.tscns.cms.sandbox.internal.pipeline.Pipeline;
import io.tscns.core.secret.Cip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sandbox's protocol front (<i>interfaccia del protocollo</i>), independent of the HTTP server that carries it:
 * resolves the route, decodes the protocol's request record, authenticates the operator, turns the request into the
 * operation's command, runs it through the {@link Pipeline} (under its idempotency key for a state-changing call,
 * with the injected faults around it), and encodes the outcome as the protocol's record or a problem document.
 * Refusals are thrown as {@link CmsRefusal}, which the server answers with a problem document. Thread-safe.
 */
final class CmsFront {

    /** Who the audit chain names for a request whose operator is unknown. */
    static final String ANONYMOUS = "anonymous";
    /** Who the audit chain names for the sandbox's outbox capability. */
    static final String OUTBOX_PRINCIPAL = "sandbox-outbox";

    private static final java.util.regex.Pattern CLAIMED_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final Pipeline pipeline;
    private final Operations operations;
    private final AuditReader audit;
    private final Authenticator authenticator;
    private final Faults faults;
    private final RateLimiter cipAttempts;
    private final OutboxCapability outboxCapability;
    private final Function<String, List<SentMessage>> outbox;

    CmsFront(
            Pipeline pipeline,
            Operations operations,
            AuditReader audit,
            Authenticator authenticator,
            SandboxFaults faults,
            RateLimiter cipAttempts,
            OutboxCapability outboxCapability,
            Function<String, List<SentMessage>> outbox) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.faults = new Faults(faults);
        this.cipAttempts = Objects.requireNonNull(cipAttempts, "cipAttempts");
        this.outboxCapability = Objects.requireNonNull(outboxCapability, "outboxCapability");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Serves a request. Every request of a known route is recorded in the audit chain: by the pipeline for the
     * operations it runs, here for logins, logouts, "who am I", refused credentials and the requests refused as they
     * came (malformed, of another media type, without or with a reused idempotency key, too many).
     *
     * @param in        the request
     * @param requestId its request id
     * @return the answer
     * @throws IOException     if the body cannot be read
     * @throws CmsRefusal      to answer with a problem document
     * @throws Faults.Dropped  to drop the connection
     */
    Answer serve(Incoming in, String requestId) throws IOException {
        Route route = Route.resolve(in.method(), in.path());
        OnRoute about = OnRoute.of(route);
        if (route.endpoint() == Endpoint.Sandbox.READ_OUTBOX) {
            return outbox(in, requestId);
        }
        CmsOperation operation = ((Endpoint.Protocol) route.endpoint()).operation();
        Operation audited = Wire.operation(operation);
        if (operation == CmsOperation.LOGIN) {
            return login(in, requestId);
        }
        Operator operator;
        try {
            operator = operation == CmsOperation.LOGOUT ? authenticator.logout(in) : authenticator.authenticate(in);
        } catch (CmsRefusal refusal) {
            pipeline.record(ANONYMOUS, audited, requestId, about.subject(), Optional.of(refusal.code()));
            throw refusal;
        }
        Call<OnRoute> call = new Call<>(operator, audited, requestId, about);
        try {
            if (operation == CmsOperation.LOGOUT || operation == CmsOperation.WHO_AM_I) {
                pipeline.record(call, Optional.empty());
                return operation == CmsOperation.LOGOUT
                        ? Answer.empty(operation.successStatus())
                        : Answer.json(operation.successStatus(), Wire.profile(operator));
            }
            if (!operation.requiresIdempotencyKey()) {
                return read(
                        operation,
                        operator,
                        requestId,
                        in.instance(),
                        route,
                        in.query().orElse(null));
            }
            return change(operation, operator, requestId, in, route);
        } catch (CmsRefusal refusal) {
            // Refused here, before any operation ran: the pipeline's own refusals come back as answers. An injected
            // outage (service-unavailable, before or after the commit) refuses nothing and is not recorded: the
            // operation either did not run or is in the chain already, once.
            if (!refusal.code().equals(ProblemCode.SERVICE_UNAVAILABLE.code())) {
                pipeline.record(call, Optional.of(new Refusal.RequestRefused(refusal.code())));
            }
            throw refusal;
        }
    }

    private Answer login(Incoming in, String requestId) throws IOException {
        LoginRequest request;
        try {
            request = decode(in, in.body().read(), LoginRequest.class);
        } catch (CmsRefusal refusal) {
            pipeline.record(ANONYMOUS, Operation.LOGIN, requestId, Subject.NONE, Optional.of(refusal.code()));
            throw refusal;
        }
        String claimed = CLAIMED_ID.matcher(request.operatorId()).matches() ? request.operatorId() : ANONYMOUS;
        try {
            Authenticator.LoggedIn loggedIn = authenticator.login(request);
            pipeline.record(
                    new Call<>(loggedIn.operator(), Operation.LOGIN, requestId, new OnRoute(Subject.NONE)),
                    Optional.empty());
            return loggedIn.answer();
        } catch (CmsRefusal refusal) {
            pipeline.record(claimed, Operation.LOGIN, requestId, Subject.NONE, Optional.of(refusal.code()));
            throw refusal;
        }
    }

    private Answer change(CmsOperation operation, Operator operator, String requestId, Incoming in, Route route)
            throws IOException {
        String key = idempotencyKey(in.idempotencyKey());
        byte[] body = in.body().read();
        Object request = decode(in, body, operation.requestType());
        try {
            if (carriesCip(request)) {
                cipAttempts.check(operator.operatorId(), "requests with a CIP");
            }
            Optional<SandboxFaults.Kind> fault = faults.beforeCommit(in.path());
            Answer answer = write(
                    operation,
                    new Calls(operator, requestId, in.instance(), new IdempotentRequest(key, sha256(in.path(), body))),
                    route,
                    request);
            return faults.afterCommit(fault, answer);
        } finally {
            destroySecrets(request);
        }
    }

    /** Returns the number of open token sessions. */
    int openSessions() {
        return authenticator.openSessions();
    }

    // ---- reads: audited, no idempotency key -----------------------------------------------------------------------

    private Answer read(
            CmsOperation operation, Operator operator, String requestId, String instance, Route route, String query) {
        int ok = operation.successStatus();
        Reads reads = new Reads(instance, requestId);
        return switch (operation) {
            case GET_CARD ->
                reads.query(
                        new Call<>(operator, Operation.STATUS, requestId, new OnCard(route.card())),
                        operations.status(),
                        card -> Answer.json(ok, Wire.card(card)));
            case GET_CARD_BY_TEAM_NUMBER ->
                reads.query(
                        new Call<>(
                                operator,
                                Operation.STATUS_BY_TEAM_NUMBER,
                                requestId,
                                operations.status().onTeamNumber(route.team())),
                        operations.status().byTeamNumber(),
                        card -> Answer.json(ok, Wire.card(card)));
            case GET_HISTORY ->
                reads.query(
                        new Call<>(operator, Operation.HISTORY, requestId, new OnCard(route.card())),
                        operations.history(),
                        lines -> Answer.json(
                                ok,
                                new HistoryView(
                                        route.card(),
                                        lines.stream().map(Wire::history).toList())));
            case GET_HOLDER ->
                reads.query(
                        new Call<>(operator, Operation.HOLDER, requestId, new OnCard(route.card())),
                        operations.holder(),
                        holder -> Answer.json(ok, Wire.person(holder)));
            case GET_CONSENTS ->
                reads.query(
                        new Call<>(operator, Operation.CONSENTS_READ, requestId, new OnCard(route.card())),
                        operations.consents(),
                        records -> Answer.json(ok, new ConsentsView(route.card(), records)));
            case GET_PERSON_CARDS ->
                reads.query(
                        new Call<>(operator, Operation.PERSON_CARDS, requestId, new OnPerson(route.person())),
                        operations.personCards(),
                        cards -> Answer.json(
                                ok,
                                new PersonCards(
                                        route.person(),
                                        cards.stream().map(Wire::card).toList())));
            case GET_PERSON_OPERATIONS ->
                reads.query(
                        new Call<>(operator, Operation.PERSON_OPERATIONS, requestId, new OnPerson(route.person())),
                        operations.personOperations(),
                        lines -> Answer.json(
                                ok,
                                new PersonOperations(
                                        route.person(),
                                        lines.stream()
                                                .map(line ->
                                                        new PersonOperation(line.cardId(), Wire.history(line.line())))
                                                .toList())));
            case EXPORT_AUDIT -> exportAudit(operator, requestId, query, reads);
            case VERIFY_AUDIT ->
                reads.query(
                        new Call<>(operator, Operation.AUDIT_VERIFY, requestId, new AuditVerifyHandler.Input()),
                        operations.auditVerify(),
                        segment -> Answer.json(ok, AuditVerificationView.of(audit.verify(segment))));
            default -> throw new IllegalStateException("not a read: " + operation);
        };
    }

    /**
     * The audit chain, or the segment of it after entry {@code after} of at most {@code limit} entries, in the core
     * export format anchored at the head it follows. The export is audited before it reads the chain, so the segment
     * ends at the head, its own entry included; the body is written while the entries are read, a page at a time.
     */
    private Answer exportAudit(Operator operator, String requestId, String query, Reads reads) {
        long after = Requests.number(query, "after", 0);
        long limit = Requests.number(query, "limit", Long.MAX_VALUE);
        if (limit < 1) {
            throw Requests.malformedParameter("limit", "must be at least 1");
        }
        return reads.query(
                new Call<>(operator, Operation.AUDIT_EXPORT, requestId, new AuditExportHandler.Input(after, limit)),
                operations.auditExport(),
                segment -> Answer.streamed(200, CmsHeaders.AUDIT_EXPORT, out -> audit.export(segment, out)));
    }

    /**
     * The sandbox's own endpoint: the outbox of an address ({@code io/tscns/cms/sandbox/openapi.yaml}), for the
     * sandbox's capability only, never for an operator's credentials.
     */
    private Answer outbox(Incoming in, String requestId) {
        try {
            outboxCapability.check(in.outboxToken());
        } catch (CmsRefusal refusal) {
            pipeline.record(ANONYMOUS, Operation.OUTBOX, requestId, Subject.NONE, Optional.of(refusal.code()));
            throw refusal;
        }
        // Required: without it the answer would be every message the sandbox ever sent.
        Optional<String> address = Requests.parameter(in.query().orElse(null), "address");
        pipeline.record(
                OUTBOX_PRINCIPAL,
                Operation.OUTBOX,
                requestId,
                Subject.NONE,
                address.isPresent() ? Optional.empty() : Optional.of(ProblemCode.MALFORMED_REQUEST.code()));
        List<OutboxMessage> messages =
                outbox.apply(address.orElseThrow(() -> Requests.malformedParameter("address", "is required"))).stream()
                        .map(Wire::outbox)
                        .toList();
        try {
            return Answer.json(200, new OutboxView(messages));
        } finally {
            messages.forEach(message -> message.remoteHalves().destroy());
        }
    }

    /** The answers of reads: a refusal of the pipeline is answered, not thrown (it is audited already). */
    private final class Reads {
        private final String instance;
        private final String requestId;

        Reads(String instance, String requestId) {
            this.instance = instance;
            this.requestId = requestId;
        }

        <C extends Command, R> Answer query(Call<C> call, Handler<C, R> handler, Function<R, Answer> answer) {
            Outcome<R> outcome = pipeline.run(call, handler);
            if (outcome instanceof Outcome.Done<R> done) {
                return answer.apply(done.result());
            }
            return Answer.problem(Refusals.toProblem(((Outcome.Refused<R>) outcome).refusal()), instance, requestId);
        }
    }

    // ---- state-changing calls: under an idempotency key -----------------------------------------------------------

    /** Who calls, and where the answer is kept. */
    private record Calls(Operator operator, String requestId, String instance, IdempotentRequest key) {
        <C extends Command> Call<C> of(Operation operation, C command) {
            return new Call<>(operator, operation, requestId, command);
        }
    }

    private Answer write(CmsOperation operation, Calls calls, Route route, Object request) {
        int ok = operation.successStatus();
        return switch (operation) {
            case IDENTIFY_CARD ->
                change(
                        calls,
                        calls.of(Operation.IDENTIFY, Requests.identify((IdentifyRequest) request)),
                        operations.identify(),
                        identification -> Answer.json(ok, Wire.identification(identification)));
            case ACTIVATE_CARD ->
                change(
                        calls,
                        calls.of(Operation.ACTIVATE, Requests.activate(route.card(), (ActivateCardRequest) request)),
                        operations.activate(),
                        release -> wiped(ok, Wire.receipt(release), Receipt::destroy));
            case ACTIVATE_CARD_SEALED_ENVELOPE ->
                change(
                        calls,
                        calls.of(Operation.ACTIVATE, Requests.activate(route.card(), (SealedEnvelopeActivationRequest)
                                request)),
                        operations.activate().sealedEnvelope(),
                        release -> wiped(ok, Wire.envelope(release), SealedEnvelope::destroy));
            case RECORD_CONSENTS ->
                change(
                        calls,
                        calls.of(Operation.CONSENTS_WRITE, Requests.consents(route.card(), (ConsentsUpdate) request)),
                        operations.recordConsents(),
                        records -> Answer.json(ok, new ConsentsView(route.card(), records)));
            case REPRINT_CODES ->
                change(
                        calls,
                        calls.of(Operation.REPRINT, Requests.reprint(route.card(), (ReprintRequest) request)),
                        operations.reprint(),
                        release -> wiped(ok, Wire.receipt(release), Receipt::destroy));
            case REVOKE_CARD -> {
                RevocationRequest revocation = (RevocationRequest) request;
                yield change(
                        calls,
                        calls.of(
                                Operation.revocation(revocation.requester(), revocation.cause()),
                                Requests.revoke(route.card(), revocation)),
                        operations.revoke(),
                        card -> Answer.json(ok, Wire.card(card)));
            }
            case SUSPEND_CARD ->
                change(
                        calls,
                        calls.of(Operation.SUSPEND, new OnCard(route.card())),
                        operations.suspend(),
                        card -> Answer.json(ok, Wire.card(card)));
            case REACTIVATE_CARD ->
                change(
                        calls,
                        calls.of(Operation.REACTIVATE, new OnCard(route.card())),
                        operations.reactivate(),
                        card -> Answer.json(ok, Wire.card(card)));
            case SHIP_CARD ->
                change(
                        calls,
                        calls.of(Operation.SHIP, new OnCard(route.card())),
                        operations.ship(),
                        card -> Answer.json(ok, Wire.card(card)));
            case EXPIRE_CARD ->
                change(
                        calls,
                        calls.of(Operation.EXPIRE, new OnCard(route.card())),
                        operations.expire(),
                        card -> Answer.json(ok, Wire.card(card)));
            case REQUEST_REISSUE ->
                change(
                        calls,
                        calls.of(Operation.REISSUE, Requests.reissue(route.person(), (ReissueRequest) request)),
                        operations.reissue(),
                        filed -> Answer.json(ok, Wire.reissue(filed)));
            case REQUEST_EMISSION ->
                change(
                        calls,
                        calls.of(Operation.EMISSION, Requests.emission((EmissionRequest) request)),
                        operations.emission(),
                        filed -> Answer.json(ok, Wire.emission(filed)));
            default -> throw new IllegalStateException("not a state-changing call: " + operation);
        };
    }

    private <C extends Command, R> Answer change(
            Calls calls, Call<C> call, Handler<C, R> handler, Function<R, Answer> answer) {
        Answered answered = pipeline.run(
                call,
                handler,
                calls.key(),
                outcome -> (outcome instanceof Outcome.Done<R> done
                                ? answer.apply(done.result())
                                : Answer.problem(
                                        Refusals.toProblem(((Outcome.Refused<R>) outcome).refusal()),
                                        calls.instance(),
                                        calls.requestId()))
                        .toStored());
        if (answered instanceof Answered.Fresh fresh) {
            return Answer.kept(fresh.answer(), false);
        }
        if (answered instanceof Answered.Replayed replayed) {
            return Answer.kept(replayed.answer(), true);
        }
        throw new CmsRefusal(
                ProblemCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used for a different request");
    }

    /** Answers a message that carries codes (a receipt, a sealed envelope) and wipes them once written. */
    private static <T> Answer wiped(int status, T withCodes, Consumer<T> wipe) {
        try {
            return Answer.json(status, withCodes);
        } finally {
            wipe.accept(withCodes);
        }
    }

    // ---- request parts --------------------------------------------------------------------------------------------

    private static String idempotencyKey(Optional<String> header) {
        String key = header.orElseThrow(() ->
                new CmsRefusal(ProblemCode.IDEMPOTENCY_KEY_REQUIRED, "state-changing calls need an Idempotency-Key"));
        try {
            return new IdempotencyKey(key).value();
        } catch (CmsProtocolException e) {
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, e.getMessage());
        }
    }

    private static <T> T decode(Incoming in, byte[] body, Class<T> type) {
        String contentType = in.contentType().orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith(CmsHeaders.JSON)) {
            throw new CmsRefusal(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "send " + CmsHeaders.JSON);
        }
        try {
            return CmsJson.decode(body, type);
        } catch (CmsProtocolException e) {
            if (e.problem() instanceof ProtocolProblem.TooLarge) {
                throw new CmsRefusal(ProblemCode.PAYLOAD_TOO_LARGE, e.problem().describe());
            }
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, e.problem().describe());
        }
    }

    private static byte[] sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a request carries a CIP, whose tries are limited per operator. */
    private static boolean carriesCip(Object request) {
        return request instanceof RevocationRequest revocation
                        && revocation.cip().isPresent()
                || request instanceof ReissueRequest reissue && reissue.cip().isPresent();
    }

    /** Destroys the secrets a decoded request holds (the CIP of a revocation or re-issue). */
    private static void destroySecrets(Object request) {
        if (request instanceof RevocationRequest revocation) {
            revocation.cip().ifPresent(Cip::destroy);
        } else if (request instanceof ReissueRequest reissue) {
            reissue.cip().ifPresent(Cip::destroy);
        }
    }
}
