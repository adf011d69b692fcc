package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;

/**
 * A command about one person that needs nothing else: the person's cards.
 *
 * @param person the person
 */
public record OnPerson(CodiceFiscale person) implements Command {

    /**
     * Checks the component.
     */
    public OnPerson {
        Objects.requireNonNull(person, "person");
    }

    @Override
    public Subject subject() {
        return Subject.of(person);
    }
}
