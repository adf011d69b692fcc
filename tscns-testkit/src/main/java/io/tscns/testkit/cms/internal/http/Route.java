package io.tscns.testkit.cms.internal.http;

import io.tscns.cms.client.protocol.CmsHeaders;
import io.tscns.cms.client.protocol.CmsOperation;
import io.tscns.cms.client.protocol.ProblemCode;
import io.tscns.core.TscnsException;
import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.testkit.cms.internal.engine.CmsRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request matched to a protocol operation (<i>instradamento</i>): the routes are the path templates of
 * {@link CmsOperation}, so the server serves exactly the protocol's paths. A literal path
 * ({@code /cards/identify}) wins over a template ({@code /cards/{cardId}}).
 *
 * @param operation     the operation
 * @param cardId        the {@code {cardId}} path parameter, if the template has one
 * @param codiceFiscale the {@code {codiceFiscale}} path parameter, if the template has one
 */
record Route(CmsOperation operation, Optional<CardId> cardId, Optional<CodiceFiscale> codiceFiscale) {

    /**
     * A path template split at its slashes: each segment a literal, or a parameter written {@code {name}}.
     *
     * @param operation the operation
     * @param segments  the segments
     * @param literal   whether the template has no parameter
     */
    private record Template(CmsOperation operation, String[] segments, boolean literal) {
        /** Matches a split path; a parameter segment takes 1 to 64 characters. */
        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (isParameter(segments[i]) ? path[i].isEmpty() || path[i].length() > MAX_PARAMETER
                        : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        /** The text of a parameter segment in a matched path. */
        String parameter(String[] path, String name) {
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].equals("{" + name + "}")) {
                    return path[i];
                }
            }
            throw new IllegalStateException("template without {" + name + "}");
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    private static final int MAX_PARAMETER = 64;
    private static final List<Template> TEMPLATES = templates();

    private static List<Template> templates() {
        List<Template> list = new ArrayList<>();
        for (CmsOperation operation : CmsOperation.values()) {
            String[] segments = (CmsHeaders.BASE_PATH + operation.pathTemplate()).split("/", -1);
            list.add(new Template(operation, segments, !operation.pathTemplate().contains("{")));
        }
        return List.copyOf(list);
    }

    /**
     * Finds the operation of a request. The path is split once and compared segment by segment with each
     * template (no regular expression per request).
     *
     * @param method the HTTP method
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
            if (template.operation().method().equals(method)) {
                String shape = template.operation().pathTemplate();
                Optional<CardId> card = shape.contains("{cardId}")
                        ? Optional.of(parameter("cardId", template.parameter(split, "cardId"), CardId::parse))
                        : Optional.empty();
                Optional<CodiceFiscale> person = shape.contains("{codiceFiscale}")
                        ? Optional.of(parameter("codiceFiscale", template.parameter(split, "codiceFiscale"),
                                CodiceFiscale::parse))
                        : Optional.empty();
                return new Route(template.operation(), card, person);
            }
        }
        throw new CmsRefusal(ProblemCode.METHOD_NOT_ALLOWED, "method " + method + " is not allowed here");
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
    String card() {
        return cardId.orElseThrow().value();
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
