package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.protocol.SealedEnvelopeActivationRequest;
import io.tscns.cms.protocol.Violation;
import io.tscns.cms.sandbox.internal.domain.EmissionKind;
import io.tscns.cms.sandbox.internal.domain.ReissueReason;
import io.tscns.cms.sandbox.internal.operations.ActivateHandler;
import io.tscns.cms.sandbox.internal.operations.EmissionHandler;
import io.tscns.cms.sandbox.internal.operations.IdentifyHandler;
import io.tscns.cms.sandbox.internal.operations.RecordConsentsHandler;
import io.tscns.cms.sandbox.internal.operations.ReissueHandler;
import io.tscns.cms.sandbox.internal.operations.ReprintHandler;
import io.tscns.cms.sandbox.internal.operations.RevokeHandler;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.person.CodiceFiscale;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the protocol's request records and query parameters into the commands of the sandbox's operations
 * (<i>dalla richiesta al comando</i>): the one place where the wire model becomes the domain. Secrets (a CIP) are
 * handed over, not copied: the caller destroys them with the request. Stateless.
 */
final class Requests {

    private Requests() {}

    static IdentifyHandler.Input identify(IdentifyRequest request) {
        return new IdentifyHandler.Input(request.codiceFiscale(), request.teamNumber(), request.expiryDate());
    }

    static ActivateHandler.Input activate(CardId cardId, ActivateCardRequest request) {
        return new ActivateHandler.Input(
                cardId,
                request.toActivationRequest(),
                Optional.of(request.channel().toRemoteChannel()),
                request.privacyConsent(),
                choices(request.fseConsents()),
                request.counterRecord(),
                request.identificationRef());
    }

    static ActivateHandler.Input activate(CardId cardId, SealedEnvelopeActivationRequest request) {
        return new ActivateHandler.Input(
                cardId,
                request.toActivationRequest(),
                Optional.empty(),
                request.privacyConsent(),
                choices(request.fseConsents()),
                request.counterRecord(),
                request.identificationRef());
    }

    static RecordConsentsHandler.Input consents(CardId cardId, ConsentsUpdate update) {
        return new RecordConsentsHandler.Input(
                cardId, choices(update.consents()), update.counterRecord(), update.identificationRef());
    }

    static ReprintHandler.Input reprint(CardId cardId, ReprintRequest request) {
        return new ReprintHandler.Input(
                cardId,
                request.delegate(),
                request.channel().toRemoteChannel(),
                request.counterRecord(),
                request.identificationRef());
    }

    static RevokeHandler.Input revoke(CardId cardId, RevocationRequest request) {
        RevocationRequester requester = switch (request.requester()) {
            case HOLDER -> new RevocationRequester.Holder(CipVerification.NOT_VERIFIED);
            case DELEGATE ->
                new RevocationRequester.Delegate(
                        request.delegateRole().orElseThrow(),
                        request.delegateCodiceFiscale().orElseThrow(),
                        CipVerification.NOT_VERIFIED);
            case ISSUER -> new RevocationRequester.Issuer();
        };
        return new RevokeHandler.Input(cardId, requester, request.cause(), request.cip(), request.counterRecord());
    }

    static ReissueHandler.Input reissue(CodiceFiscale person, ReissueRequest request) {
        return new ReissueHandler.Input(
                person,
                ReissueReason.valueOf(request.reason().name()),
                request.cardId(),
                request.cip(),
                request.counterRecord());
    }

    static EmissionHandler.Input emission(EmissionRequest request) {
        return new EmissionHandler.Input(EmissionKind.valueOf(request.kind().name()), Wire.holder(request.person()));
    }

    private static Map<ConsentKind, ConsentStatus> choices(List<ConsentChoice> list) {
        Map<ConsentKind, ConsentStatus> choices = new EnumMap<>(ConsentKind.class);
        list.forEach(choice -> choices.put(choice.kind(), choice.status()));
        return choices;
    }

    /**
     * Reads a query parameter.
     *
     * @param query the raw query, or {@code null}
     * @param name  the parameter
     * @return its decoded value, or empty
     */
    static Optional<String> parameter(String query, String name) {
        String prefix = name + "=";
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith(prefix)) {
                return Optional.of(URLDecoder.decode(part.substring(prefix.length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a whole-number query parameter.
     *
     * @param query  the raw query, or {@code null}
     * @param name   the parameter
     * @param absent the value when it is absent
     * @return the number
     * @throws CmsRefusal {@code malformed-request} if it is not a number from 0 of at most 18 digits
     */
    static long number(String query, String name, long absent) {
        Optional<String> text = parameter(query, name);
        if (text.isEmpty()) {
            return absent;
        }
        if (!text.get().matches("[0-9]{1,18}")) {
            throw malformedParameter(name, "must be a whole number from 0, of at most 18 digits");
        }
        return Long.parseLong(text.get());
    }

    /**
     * Returns the refusal of a malformed query parameter.
     *
     * @param parameter the parameter
     * @param problem   what is wrong with it
     * @return the refusal
     */
    static CmsRefusal malformedParameter(String parameter, String problem) {
        return CmsRefusal.withViolations(
                ProblemCode.MALFORMED_REQUEST,
                "query parameter '" + parameter + "' " + problem,
                List.of(new Violation("invalid-parameter", Optional.of(parameter), problem)));
    }
}
