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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private record Template(CmsOperation operation, Pattern pattern, boolean literal) {
    }

    private static final List<Template> TEMPLATES = templates();

    private static List<Template> templates() {
        List<Template> list = new ArrayList<>();
        for (CmsOperation operation : CmsOperation.values()) {
            String template = operation.pathTemplate();
            String regex = Pattern.quote(CmsHeaders.BASE_PATH + template)
                    .replace("{cardId}", "\\E(?<cardId>[^/]{1,64})\\Q")
                    .replace("{codiceFiscale}", "\\E(?<codiceFiscale>[^/]{1,64})\\Q");
            list.add(new Template(operation, Pattern.compile(regex), !template.contains("{")));
        }
        return List.copyOf(list);
    }

    /**
     * Finds the operation of a request.
     *
     * @param method the HTTP method
     * @param path   the request path
     * @return the route
     * @throws CmsRefusal {@code not-found} for a path of no operation, {@code method-not-allowed} for a known path
     *                    with another method, {@code malformed-request} for a malformed path parameter
     */
    static Route resolve(String method, String path) {
        List<Map.Entry<Template, Matcher>> matching = new ArrayList<>();
        for (Template template : TEMPLATES) {
            Matcher m = template.pattern().matcher(path);
            if (m.matches()) {
                matching.add(Map.entry(template, m));
            }
        }
        if (matching.stream().anyMatch(match -> match.getKey().literal())) {
            matching.removeIf(match -> !match.getKey().literal());
        }
        if (matching.isEmpty()) {
            throw new CmsRefusal(ProblemCode.NOT_FOUND, "no such route");
        }
        for (Map.Entry<Template, Matcher> match : matching) {
            Template template = match.getKey();
            if (template.operation().method().equals(method)) {
                Matcher m = match.getValue();
                String shape = template.operation().pathTemplate();
                Optional<CardId> card = shape.contains("{cardId}")
                        ? Optional.of(parameter("cardId", m.group("cardId"), CardId::parse)) : Optional.empty();
                Optional<CodiceFiscale> person = shape.contains("{codiceFiscale}")
                        ? Optional.of(parameter("codiceFiscale", m.group("codiceFiscale"), CodiceFiscale::parse))
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
