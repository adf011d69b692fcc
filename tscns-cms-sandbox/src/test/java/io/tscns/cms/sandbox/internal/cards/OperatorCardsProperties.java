package io.tscns.cms.sandbox.internal.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The codice fiscale of a CNS certificate's CN ({@code docs/cms.md §6.3}): read back from every well-formed CN,
 * personal or temporary, and never an exception on any text.
 */
class OperatorCardsProperties {

    @Property
    void theCodeOfAWellFormedCnIsReadBack(@ForAll("codes") CodiceFiscale code, @ForAll("cardIds") String cardId) {
        assertEquals(
                Optional.of(code),
                OperatorCards.holderOf(code.value() + "/" + cardId + ".Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYg=="));
    }

    @Property
    void anyTextGivesACodeOrNothingNeverAnException(@ForAll String commonName) {
        Optional<CodiceFiscale> code = OperatorCards.holderOf(commonName);
        code.ifPresent(value -> assertEquals(
                commonName.substring(0, commonName.indexOf('/')).strip().toUpperCase(java.util.Locale.ROOT),
                value.value()));
    }

    @Property
    void aCnWithoutTheCardPartIsNotACnsHolder(@ForAll("codes") CodiceFiscale code) {
        assertEquals(Optional.empty(), OperatorCards.holderOf(code.value()));
        assertEquals(Optional.empty(), OperatorCards.holderOf(code.value() + "/6090000000000001"));
    }

    @Provide
    Arbitrary<CodiceFiscale> codes() {
        Arbitrary<CodiceFiscale> personal = Combinators.combine(
                        Arbitraries.strings()
                                .withCharRange('A', 'Z')
                                .ofMinLength(2)
                                .ofMaxLength(12),
                        Arbitraries.strings()
                                .withCharRange('A', 'Z')
                                .ofMinLength(2)
                                .ofMaxLength(12),
                        Arbitraries.of(Sex.values()),
                        Arbitraries.integers().between(0, 30_000))
                .as((surname, name, sex, days) -> CodiceFiscaleCalculator.compute(
                        surname, name, sex, LocalDate.of(1930, 1, 1).plusDays(days), new BirthPlaceCode("D612")));
        Arbitrary<CodiceFiscale> temporary = Arbitraries.strings()
                .numeric()
                .ofLength(11)
                .filter(CodiceFiscale::isValid)
                .map(CodiceFiscale::parse);
        return Arbitraries.oneOf(personal, temporary);
    }

    @Provide
    Arbitrary<String> cardIds() {
        return Arbitraries.strings().numeric().ofLength(16);
    }
}
