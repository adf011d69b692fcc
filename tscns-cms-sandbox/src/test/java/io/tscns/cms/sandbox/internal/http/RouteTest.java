package io.tscns.cms.sandbox.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Request routing: every path of the protocol and of the sandbox's own endpoints resolves to its endpoint with its
 * parameters, literal paths win over templates, and any path at all gets either a route or a typed refusal — the same
 * answers a regular-expression matcher of the templates gives, which the property below keeps as the reference.
 */
class RouteTest {

    private static final String CARD = "6090000000001000";
    private static final String PERSON = "RSSMRA85T10A562S";
    private static final String TEAM = io.tscns.core.card.TeamNumber.fromCardId(io.tscns.core.card.CardId.parse(CARD))
            .value();

    @Test
    void everyOperationResolvesFromItsOwnPath() {
        assertEquals(CmsOperation.values().length + 1, Endpoint.all().size(), "the protocol's and the outbox");
        for (Endpoint endpoint : Endpoint.all()) {
            String path = CmsHeaders.BASE_PATH
                    + endpoint.pathTemplate()
                            .replace("{cardId}", CARD)
                            .replace("{codiceFiscale}", PERSON)
                            .replace("{teamNumber}", TEAM);
            Route route = Route.resolve(endpoint.method(), path);
            assertEquals(endpoint, route.endpoint(), path);
            assertEquals(
                    endpoint.pathTemplate().contains("{cardId}"), route.cardId().isPresent(), path);
            route.cardId().ifPresent(card -> assertEquals(CARD, card.value()));
            route.codiceFiscale().ifPresent(person -> assertEquals(PERSON, person.value()));
            assertEquals(
                    endpoint.pathTemplate().contains("{teamNumber}"),
                    route.teamNumber().isPresent(),
                    path);
            route.teamNumber().ifPresent(team -> assertEquals(TEAM, team.value()));
        }
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(
                new Endpoint.Protocol(CmsOperation.IDENTIFY_CARD),
                Route.resolve("POST", CmsHeaders.BASE_PATH + "/cards/identify").endpoint());
        assertEquals(ProblemCode.METHOD_NOT_ALLOWED, refusal("GET", CmsHeaders.BASE_PATH + "/cards/identify"));
    }

    @Test
    void unknownPathsWrongMethodsAndMalformedParametersAreTypedRefusals() {
        assertEquals(ProblemCode.NOT_FOUND, refusal("GET", CmsHeaders.BASE_PATH + "/nothing"));
        assertEquals(ProblemCode.NOT_FOUND, refusal("GET", CmsHeaders.BASE_PATH + "/cards/"));
        assertEquals(ProblemCode.NOT_FOUND, refusal("GET", CmsHeaders.BASE_PATH + "/cards/" + "1".repeat(65)));
        assertEquals(ProblemCode.NOT_FOUND, refusal("GET", "/cards/" + CARD));
        assertEquals(ProblemCode.METHOD_NOT_ALLOWED, refusal("DELETE", CmsHeaders.BASE_PATH + "/cards/" + CARD));
        assertEquals(ProblemCode.MALFORMED_REQUEST, refusal("GET", CmsHeaders.BASE_PATH + "/cards/not-a-card"));
        assertEquals(ProblemCode.MALFORMED_REQUEST, refusal("GET", CmsHeaders.BASE_PATH + "/persons/XYZ/cards"));
        assertEquals(ProblemCode.MALFORMED_REQUEST, refusal("GET", CmsHeaders.BASE_PATH + "/team-numbers/" + CARD));
    }

    @Property(tries = 2_000)
    void anyPathGetsTheAnswerOfTheRegularExpressionMatcher(
            @ForAll("paths") String path, @ForAll("methods") String method) {
        assertEquals(reference(method, path), outcome(method, path));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(
                        "cms",
                        "v1",
                        "cards",
                        "identify",
                        "activation",
                        "consents",
                        "history",
                        "holder",
                        "persons",
                        "reissue-requests",
                        "emission-requests",
                        "outbox",
                        "audit",
                        "export",
                        "verification",
                        "sessions",
                        "operators",
                        "me",
                        "team-numbers",
                        "",
                        CARD,
                        PERSON,
                        TEAM,
                        "x".repeat(64),
                        "x".repeat(65)),
                Arbitraries.strings().withChars("abc/-_.%").ofMaxLength(6));
        return segment.list()
                .ofMinSize(0)
                .ofMaxSize(7)
                .map(parts -> {
                    StringBuilder path = new StringBuilder();
                    for (String part : parts) {
                        path.append('/').append(part);
                    }
                    return path.length() == 0 ? "/" : path.toString();
                })
                .injectDuplicates(0.1)
                .edgeCases(edges -> edges.add(CmsHeaders.BASE_PATH + "/cards/" + CARD));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE");
    }

    private static String outcome(String method, String path) {
        try {
            Route route = Route.resolve(method, path);
            return route.endpoint().operationId() + " "
                    + route.cardId().map(c -> c.value()).orElse("-") + " "
                    + route.codiceFiscale().map(p -> p.value()).orElse("-") + " "
                    + route.teamNumber().map(t -> t.value()).orElse("-");
        } catch (CmsRefusal refusal) {
            return refusal.problem().toString();
        }
    }

    private static ProblemCode refusal(String method, String path) {
        return assertThrows(CmsRefusal.class, () -> Route.resolve(method, path)).problem();
    }

    /** The templates as regular expressions, as the router matched them before it compared segments. */
    private static String reference(String method, String path) {
        List<Object[]> matching = new ArrayList<>();
        boolean literal = false;
        for (Endpoint operation : Endpoint.all()) {
            String regex = Pattern.quote(CmsHeaders.BASE_PATH + operation.pathTemplate())
                    .replace("{cardId}", "\\E(?<cardId>[^/]{1,64})\\Q")
                    .replace("{codiceFiscale}", "\\E(?<codiceFiscale>[^/]{1,64})\\Q")
                    .replace("{teamNumber}", "\\E(?<teamNumber>[^/]{1,64})\\Q");
            Matcher m = Pattern.compile(regex).matcher(path);
            if (m.matches()) {
                boolean isLiteral = !operation.pathTemplate().contains("{");
                matching.add(new Object[] {operation, m, isLiteral});
                literal |= isLiteral;
            }
        }
        if (literal) {
            matching.removeIf(match -> !(Boolean) match[2]);
        }
        if (matching.isEmpty()) {
            return ProblemCode.NOT_FOUND.toString();
        }
        for (Object[] match : matching) {
            Endpoint operation = (Endpoint) match[0];
            if (operation.method().equals(method)) {
                Matcher m = (Matcher) match[1];
                String template = operation.pathTemplate();
                try {
                    Optional<String> card = template.contains("{cardId}")
                            ? Optional.of(io.tscns.core.card.CardId.parse(m.group("cardId"))
                                    .value())
                            : Optional.empty();
                    Optional<String> person = template.contains("{codiceFiscale}")
                            ? Optional.of(io.tscns.core.person.CodiceFiscale.parse(m.group("codiceFiscale"))
                                    .value())
                            : Optional.empty();
                    Optional<String> team = template.contains("{teamNumber}")
                            ? Optional.of(io.tscns.core.card.TeamNumber.parse(m.group("teamNumber"))
                                    .value())
                            : Optional.empty();
                    return operation.operationId() + " " + card.orElse("-") + " " + person.orElse("-") + " "
                            + team.orElse("-");
                } catch (io.tscns.core.TscnsException e) {
                    return ProblemCode.MALFORMED_REQUEST.toString();
                }
            }
        }
        return ProblemCode.METHOD_NOT_ALLOWED.toString();
    }
}
