package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.EmissionKind;
import io.tscns.cms.sandbox.internal.domain.FiledEmission;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.RequestStore;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Files an emission request for a newborn or an immigrant (<i>richiesta di emissione</i>, DM 20 giugno 2011
 * Allegato 2 point 8): the person's data recorded, and a new card in the operator's region.
 */
public final class EmissionHandler implements Handler<EmissionHandler.Input, FiledEmission> {

    /**
     * An emission request.
     *
     * @param kind   for whom
     * @param person the person's data
     */
    public record Input(EmissionKind kind, Holder person) implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(person, "person");
        }

        @Override
        public Subject subject() {
            return Subject.of(person.codiceFiscale());
        }

        @Override
        public Map<String, String> details() {
            return Map.of("kind", kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private final HolderStore holders;
    private final RequestStore requests;
    private final NewCards newCards;

    EmissionHandler(HolderStore holders, RequestStore requests, NewCards newCards) {
        this.holders = Objects.requireNonNull(holders, "holders");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.newCards = Objects.requireNonNull(newCards, "newCards");
    }

    @Override
    public FiledEmission handle(Input input, OperationContext context) {
        holders.put(input.person());
        newCards.issue(input.person().codiceFiscale(), context.operator().region(), Operation.EMISSION, context);
        String kind = input.kind().name().toLowerCase(Locale.ROOT);
        String id = requests.file(
                "emission-" + kind,
                input.person().codiceFiscale(),
                input.kind().name(),
                context.operator().operatorId(),
                context.now());
        return new FiledEmission(id, input.kind(), input.person().codiceFiscale(), context.now());
    }
}
