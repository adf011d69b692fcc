package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import java.util.Objects;
import java.util.Optional;

/**
 * The pipeline's role check (<i>controllo dei permessi</i>): the {@link RoleMatrix}'s grant for the operator's role,
 * and its conditions — the counter enabled for the operation, the card of the operator's own region (read from the
 * store, only where the grant asks for it; a card that does not exist is left to the handler to report). Used inside
 * the single writer's transaction.
 */
final class Access {

    private final CardStore cards;

    Access(CardStore cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /**
     * Checks a call.
     *
     * @param call the call
     * @return why it is refused, or empty if the operator may run it
     */
    Optional<Refusal> check(Call<?> call) {
        Operator operator = call.operator();
        return switch (RoleMatrix.grant(call.operation(), operator.role())) {
            case YES -> Optional.empty();
            case NO -> Optional.of(new Refusal.ForbiddenRole(operator.role(), call.operation()));
            case ENABLED_COUNTER ->
                operator.reissueEnabled() ? Optional.empty() : Optional.of(new Refusal.ReissueNotEnabled());
            case OWN_REGION ->
                call.command()
                        .subject()
                        .card()
                        .flatMap(cards::find)
                        .filter(card -> !card.region().equals(operator.region()))
                        .map(card -> new Refusal.OtherRegion(operator.role(), call.operation()));
        };
    }
}
