package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.person.CodiceFiscale;
import java.util.List;

/**
 * Every operation recorded for one citizen, on all their cards, oldest first ({@code GET
 * /persons/{codiceFiscale}/operations}): the answer to "all operations for this person" that DM 20 giugno 2011
 * Allegato 2 point 5 asks the CMS to give.
 *
 * @param codiceFiscale the person
 * @param operations    the operations
 * @since 0.1.0
 */
public record PersonOperations(CodiceFiscale codiceFiscale, List<PersonOperation> operations) {

    /** Checks the components. */
    public PersonOperations {
        required("codiceFiscale", codiceFiscale);
        operations = WireText.list("operations", operations, 100_000);
    }
}
