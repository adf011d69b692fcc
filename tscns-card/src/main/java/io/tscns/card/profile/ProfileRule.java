package io.tscns.card.profile;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the card-batch table (<i>regola di profilo</i>): the ATRs it applies to, the quirks it sets, and
 * where the fact comes from. Adding support for a new card batch means adding one rule and one ATR test vector.
 * Immutable.
 *
 * @param name    a short name shown in {@link CardProfile#rules()}, e.g. {@code "STIncard PIN references"}
 * @param source  where the fact comes from, e.g. {@code "docs/card.md §4.2"}
 * @param when    the ATRs the rule applies to
 * @param effects the quirks it applies, in order
 * @since 0.1.0
 */
public record ProfileRule(String name, String source, AtrCondition when, List<Quirk> effects) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the name is blank or there are no effects
     */
    public ProfileRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(when, "when");
        effects = List.copyOf(effects);
        if (name.isBlank() || effects.isEmpty()) {
            throw new IllegalArgumentException("a profile rule needs a name and at least one effect");
        }
    }
}
