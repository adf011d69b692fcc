package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.core.TscnsException;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request matched to an {@link Endpoint} (<i>instradamento</i>): the routes are the path templates of the
 * protocol's operations and of the sandbox's own, so the server serves exactly those paths. A literal path
 * ({@code /cards/identify}) wins over a template ({@code /cards/{cardId}}).
 *
 * @param endpoint      the endpoint
 * @param cardId        the {@code {cardId}} path parameter, if the template has one
 * @param codiceFiscale the {@code {codiceFiscale}} path parameter, if the template has one
 * @param teamNumber    the {@code {teamNumber}} path parameter, if the template has one
 */
record Route(
        Endpoint endpoint,
        Optional<CardId> cardId,
        Optional<CodiceFiscale> codiceFiscale,
        Optional<TeamNumber> teamNumber) {

    /**
     * A path template split at its slashes, with the positions of its parameters worked out once.
     *
     * @param endpoint the endpoint
     * @param segments the segments; a parameter is written {@code {name}}
     * @param cardAt   the segment of {@code {cardId}}, or -1
     * @param personAt the segment of {@code {codiceFiscale}}, or -1
     * @param teamAt   the segment of {@code {teamNumber}}, or -1
     */
    private record Template(Endpoint endpoint, String[] segments, int cardAt, int personAt, int teamAt) {

        static Template of(Endpoint endpoint) {
            String[] segments = (CmsHeaders.BASE_PATH + endpoint.pathTemplate()).split("/", -1);
            List<String> list = List.of(segments);
            if (list.stream().filter(segment -> segment.startsWith("{")).count()
                    != (list.contains("{cardId}") ? 1 : 0)
                            + (list.contains("{codiceFiscale}") ? 1 : 0)
                            + (list.contains("{teamNumber}") ? 1 : 0)) {
                throw new IllegalStateException(
                        "a path parameter the router does not know: " + endpoint.pathTemplate());
            }
            return new Template(
                    endpoint,
                    segments,
                    list.indexOf("{cardId}"),
                    list.indexOf("{codiceFiscale}"),
                    list.indexOf("{teamNumber}"));
        }

        /** Whether the template has no parameter (a literal path wins over a template). */
        boolean literal() {
            return cardAt < 0 && personAt < 0 && teamAt < 0;
        }

        /** Matches a split path; a parameter segment takes 1 to 64 characters. */
        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (i == cardAt || i == personAt || i == teamAt
                        ? path[i].isEmpty() || path[i].length() > MAX_PARAMETER
                        : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int MAX_PARAMETER = 64;
    private static final List<Template> TEMPLATES =
            Endpoint.all().stream().map(Template::of).toList();

    /**
     * Finds the operation of a request. The path is split once and compared segment by segment with each
     * template (no regular expression per request).
     *
     * @param method the HTTP method ({@code HEAD} is served as {@code GET}, without the body)
     * @param path   the request path
     * @return the route
     * @throws CmsRefusal {@code not-found} for a path of no operation, {@code method-not-allowed} for a known path
     *                    with another method, {@code malformed-request} for a malformed path parameter
     */
    static Route resolve(String method, String path) {
        String[] split = path.split("/", -1);
        List<Template> matching = new ArrayList<>(2);
        boolean literal = false;
        for (Template template : TEMPLATES) {
            if (template.matches(split)) {
                matching.add(template);
                literal |= template.literal();
            }
        }
        if (literal) {
            matching.removeIf(template -> !template.literal());
        }
        if (matching.isEmpty()) {
            throw new CmsRefusal(ProblemCode.NOT_FOUND, "no such route");
        }
        for (Template template : matching) {
            String served = template.endpoint().method();
            if (served.equals(method) || served.equals("GET") && method.equals("HEAD")) {
                Optional<CardId> card = template.cardAt() < 0
                        ? Optional.empty()
                        : Optional.of(parameter("cardId", split[template.cardAt()], CardId::parse));
                Optional<CodiceFiscale> person = template.personAt() < 0
                        ? Optional.empty()
                        : Optional.of(parameter("codiceFiscale", split[template.personAt()], CodiceFiscale::parse));
                Optional<TeamNumber> team = template.teamAt() < 0
                        ? Optional.empty()
                        : Optional.of(parameter("teamNumber", split[template.teamAt()], TeamNumber::parse));
                return new Route(template.endpoint(), card, person, team);
            }
        }
        throw CmsRefusal.methodNotAllowed(
                method,
                String.join(
                        ", ",
                        matching.stream()
                                .map(template -> template.endpoint().method())
                                .distinct()
                                .sorted()
                                .flatMap(allowed -> allowed.equals("GET")
                                        ? java.util.stream.Stream.of("GET", "HEAD")
                                        : java.util.stream.Stream.of(allowed))
                                .toList()));
    }

    private static <T> T parameter(String name, String text, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (TscnsException e) {
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, "path parameter " + name + " is not well-formed");
        }
    }

    /**
     * Returns the card path parameter.
     *
     * @return the card id
     */
    CardId card() {
        return cardId.orElseThrow();
    }

    /**
     * Returns the TEAM number path parameter.
     *
     * @return the TEAM number
     */
    TeamNumber team() {
        return teamNumber.orElseThrow();
    }

    /**
     * Returns the person path parameter.
     *
     * @return the codice fiscale
     */
    CodiceFiscale person() {
        return codiceFiscale.orElseThrow();
    }
}
