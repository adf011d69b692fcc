package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.ConsentsView;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.HistoryView;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.MismatchAdvice;
import io.tscns.cms.protocol.OutboxMessage;
import io.tscns.cms.protocol.OutboxView;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.secret.Cip;
import io.tscns.cms.sandbox.internal.engine.CmsEngine;
import io.tscns.cms.sandbox.internal.engine.CmsRefusal;
import io.tscns.cms.sandbox.internal.engine.Operation;
import io.tscns.cms.sandbox.internal.engine.Operator;
import io.tscns.cms.sandbox.internal.engine.Results;
import io.tscns.cms.sandbox.internal.store.Outbox;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol operations of the sandbox: each decoded request record goes to the {@link CmsEngine}, each result
 * comes back as a protocol record encoded with {@link CmsJson}. Reads are audited too (one entry each). Thread-safe.
 */
final class Handlers {

    /**
     * An answer to send.
     *
     * @param status      the HTTP status
     * @param body        the body (empty for a streamed answer)
     * @param contentType its media type
     * @param streamed    writes the body while it is sent, for a body of any length (sent chunked), or empty
     */
    record Answer(int status, byte[] body, String contentType, Optional<BodyWriter> streamed) {
        Answer(int status, byte[] body, String contentType) {
            this(status, body, contentType, Optional.empty());
        }

        static Answer json(int status, Object value) {
            return new Answer(status, CmsJson.encode(value), CmsHeaders.JSON);
        }

        static Answer streamed(int status, String contentType, BodyWriter writer) {
            return new Answer(status, new byte[0], contentType, Optional.of(writer));
        }

        boolean problem() {
            return contentType.equals(CmsHeaders.PROBLEM_JSON);
        }
    }

    /** Writes a streamed answer's body. */
    @FunctionalInterface
    interface BodyWriter {
        /**
         * Writes the body.
         *
         * @param out the response body
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A state-changing call inside the writer's transaction.
     *
     * @param tx        the transaction
     * @param operator  who
     * @param requestId the request id
     * @param route     the operation and path parameters
     * @param request   the decoded request record
     */
    record WriteCall(WriteQueue.WriteTx tx, Operator operator, String requestId, Route route, Object request) {
    }

    private final SandboxDatabase database;
    private final WriteQueue writes;
    private final CmsEngine engine;
    private final Outbox outbox;
    private final AuditVerifier verifier;

    Handlers(SandboxDatabase database, WriteQueue writes, CmsEngine engine, Outbox outbox, AuditVerifier verifier) {
        this.database = database;
        this.writes = writes;
        this.engine = engine;
        this.outbox = outbox;
        this.verifier = verifier;
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    Answer read(Route route, Operator operator, String requestId, String query) {
        int ok = route.operation().successStatus();
        return switch (route.operation()) {
            case WHO_AM_I -> Answer.json(ok, Wire.profile(operator));
            case GET_CARD -> logged(operator, requestId, Operation.STATUS, cardSubject(route),
                    (c, d) -> Answer.json(ok, Wire.card(engine.card(c, route.card()))));
            case GET_HISTORY -> logged(operator, requestId, Operation.HISTORY, cardSubject(route),
                    (c, d) -> Answer.json(ok, new HistoryView(route.cardId().orElseThrow(),
                            engine.history(c, route.card()).stream().map(Wire::history).toList())));
            case GET_HOLDER -> logged(operator, requestId, Operation.HOLDER, cardSubject(route),
                    (c, d) -> Answer.json(ok, Wire.person(engine.holder(c, route.card()))));
            case GET_CONSENTS -> logged(operator, requestId, Operation.CONSENTS_READ, cardSubject(route),
                    (c, d) -> Answer.json(ok, new ConsentsView(route.cardId().orElseThrow(),
                            engine.consents(c, route.card()))));
            case GET_PERSON_CARDS -> logged(operator, requestId, Operation.PERSON_CARDS,
                    CmsEngine.Subject.person(route.person().value()),
                    (c, d) -> Answer.json(ok, new PersonCards(route.person(),
                            engine.cardsOf(c, route.person()).stream().map(Wire::card).toList())));
            case READ_OUTBOX -> outbox(operator, requestId, query);
            case EXPORT_AUDIT -> auditExport(operator, requestId, query);
            case VERIFY_AUDIT -> {
                logged(operator, requestId, Operation.AUDIT_VERIFY, CmsEngine.Subject.NONE, (c, d) -> null);
                yield Answer.json(ok, AuditVerificationView.of(verifier.verify(
                        writes.auditEntries(0, Long.MAX_VALUE))));
            }
            default -> throw new IllegalStateException("not a read: " + route.operation());
        };
    }

    private static CmsEngine.Subject cardSubject(Route route) {
        return CmsEngine.Subject.card(route.card());
    }

    private Answer logged(Operator operator, String requestId, Operation operation, CmsEngine.Subject subject,
            CmsEngine.Work<Answer> work) {
        return writes.submit(tx -> engine.run(tx, operator, requestId, operation, subject, work));
    }

    private Answer outbox(Operator operator, String requestId, String query) {
        // Required, as the protocol says: without it the answer would be every message the sandbox ever sent.
        String wanted = parameter(query, "address").orElseThrow(() -> malformed("address", "is required"));
        logged(operator, requestId, Operation.OUTBOX, CmsEngine.Subject.NONE, (c, d) -> null);
        List<OutboxMessage> messages = database.read(c -> outbox.messages(c, wanted)).stream()
                .map(Wire::outbox).toList();
        try {
            return Answer.json(200, new OutboxView(messages));
        } finally {
            messages.forEach(message -> message.remoteHalves().destroy());
        }
    }

    /**
     * The audit chain, or the segment of it after entry {@code after} of at most {@code limit} entries, in the core
     * export format anchored at the head it follows. The body is written while the entries are read, a page at a
     * time, so a chain of any length is exported in bounded memory. Should reading fail half-way, the export stops
     * without its sealed trailer, which every reader of the format reports as a truncated export.
     */
    private Answer auditExport(Operator operator, String requestId, String query) {
        long after = number(query, "after", 0);
        long limit = number(query, "limit", Long.MAX_VALUE);
        if (limit < 1) {
            throw malformed("limit", "must be at least 1");
        }
        AuditChainHead anchor = writes.auditHeadAt(after).orElseThrow(() -> malformed("after",
                "the audit chain has no entry " + after));
        logged(operator, requestId, Operation.AUDIT_EXPORT, CmsEngine.Subject.NONE, (c, d) -> null);
        Iterable<AuditEntry> entries = writes.auditEntries(after, limit);
        return Answer.streamed(200, CmsHeaders.AUDIT_EXPORT,
                out -> AuditExport.write(out, anchor, entries, writes.sealer()));
    }

    private static Optional<String> parameter(String query, String name) {
        String prefix = name + "=";
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith(prefix)) {
                return Optional.of(URLDecoder.decode(part.substring(prefix.length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static long number(String query, String name, long absent) {
        Optional<String> text = parameter(query, name);
        if (text.isEmpty()) {
            return absent;
        }
        if (!text.get().matches("[0-9]{1,18}")) {
            throw malformed(name, "must be a whole number from 0, of at most 18 digits");
        }
        return Long.parseLong(text.get());
    }

    private static CmsRefusal malformed(String parameter, String problem) {
        return CmsRefusal.withViolations(ProblemCode.MALFORMED_REQUEST, "query parameter '" + parameter + "' "
                + problem, List.of(new Violation("invalid-parameter", Optional.of(parameter), problem)));
    }

    // ---- writes ---------------------------------------------------------------------------------------------------

    Answer write(WriteCall call) throws SQLException {
        Route route = call.route();
        int ok = route.operation().successStatus();
        return switch (route.operation()) {
            case IDENTIFY_CARD -> identify(call, (IdentifyRequest) call.request());
            case ACTIVATE_CARD -> run(call, Operation.ACTIVATE, cardSubject(route), (c, d) -> {
                ActivateCardRequest request = (ActivateCardRequest) call.request();
                return receipt(ok, engine.activate(c, d, call.operator(), route.card(),
                        request.toActivationRequest(), request.channel().toRemoteChannel(),
                        request.privacyConsent(), choices(request.fseConsents())));
            });
            case RECORD_CONSENTS -> run(call, Operation.CONSENTS_WRITE, cardSubject(route),
                    (c, d) -> Answer.json(ok, new ConsentsView(route.cardId().orElseThrow(),
                            engine.recordConsents(c, d, call.operator(), route.card(),
                                    choices(((ConsentsUpdate) call.request()).consents())))));
            case REPRINT_CODES -> run(call, Operation.REPRINT, cardSubject(route), (c, d) -> {
                ReprintRequest request = (ReprintRequest) call.request();
                return receipt(ok, engine.reprint(c, d, call.operator(), route.card(), request.delegate(),
                        request.channel().toRemoteChannel()));
            });
            case REVOKE_CARD -> revoke(call, (RevocationRequest) call.request());
            case SUSPEND_CARD -> run(call, Operation.SUSPEND, cardSubject(route),
                    (c, d) -> Answer.json(ok, Wire.card(engine.suspend(call.tx(), d, route.card()))));
            case REACTIVATE_CARD -> run(call, Operation.REACTIVATE, cardSubject(route),
                    (c, d) -> Answer.json(ok, Wire.card(engine.reactivate(call.tx(), d, route.card()))));
            case REQUEST_REISSUE -> run(call, Operation.REISSUE, CmsEngine.Subject.person(route.person().value()),
                    (c, d) -> Answer.json(ok, engine.reissue(call.tx(), d, call.operator(), route.person(),
                            (ReissueRequest) call.request())));
            case REQUEST_EMISSION -> {
                EmissionRequest request = (EmissionRequest) call.request();
                yield run(call, Operation.EMISSION,
                        CmsEngine.Subject.person(request.person().codiceFiscale().value()),
                        (c, d) -> Answer.json(ok, engine.emission(c, d, call.operator(), request)));
            }
            default -> throw new IllegalStateException("not a write: " + route.operation());
        };
    }

    private Answer run(WriteCall call, Operation operation, CmsEngine.Subject subject, CmsEngine.Work<Answer> work)
            throws SQLException {
        return engine.run(call.tx(), call.operator(), call.requestId(), operation, subject, work);
    }

    private Answer identify(WriteCall call, IdentifyRequest request) throws SQLException {
        return run(call, Operation.IDENTIFY, CmsEngine.Subject.person(request.codiceFiscale().value()), (c, d) -> {
            Results.Identification result = engine.identify(c, d, request.codiceFiscale().value(),
                    request.teamNumber().value(), request.expiryDate());
            IdentifyResult wire = result instanceof Results.Match match
                    ? new IdentifyResult.Match(Wire.card(match.card()), Wire.person(match.holder()))
                    : new IdentifyResult.Mismatch(MismatchAdvice.SCELTA_E_REVOCA_OFFICE,
                            ((Results.Mismatch) result).mismatchedFields());
            return Answer.json(200, wire);
        });
    }

    private Answer revoke(WriteCall call, RevocationRequest request) throws SQLException {
        Operation operation = request.requester() == RequesterKind.ISSUER ? Operation.REVOKE_BY_ISSUER
                : Operation.REVOKE_BY_HOLDER;
        RevocationRequester requester = switch (request.requester()) {
            case HOLDER -> new RevocationRequester.Holder(CipVerification.NOT_VERIFIED);
            case DELEGATE -> new RevocationRequester.Delegate(request.delegateRole().orElseThrow(),
                    request.delegateCodiceFiscale().orElseThrow(), CipVerification.NOT_VERIFIED);
            case ISSUER -> new RevocationRequester.Issuer();
        };
        CmsEngine.RevocationInput input = new CmsEngine.RevocationInput(requester, request.cause(), request.cip());
        return run(call, operation, cardSubject(call.route()), (c, d) -> Answer.json(200,
                Wire.card(engine.revoke(call.tx(), d, call.operator(), call.route().card(), input))));
    }

    private static Answer receipt(int status, Results.Receipt result) {
        Receipt receipt = Wire.receipt(result);
        try {
            return Answer.json(status, receipt);
        } finally {
            receipt.destroy();
        }
    }

    private static Map<ConsentKind, ConsentStatus> choices(List<ConsentChoice> list) {
        Map<ConsentKind, ConsentStatus> choices = new EnumMap<>(ConsentKind.class);
        list.forEach(choice -> choices.put(choice.kind(), choice.status()));
        return choices;
    }

    /**
     * Destroys the secrets a decoded request holds (the CIP of a revocation or re-issue).
     *
     * @param request the request record, or {@code null}
     */
    static void destroySecrets(Object request) {
        if (request instanceof RevocationRequest revocation) {
            revocation.cip().ifPresent(Cip::destroy);
        } else if (request instanceof ReissueRequest reissue) {
            reissue.cip().ifPresent(Cip::destroy);
        }
    }
}
