package io.tscns.auth.identity;

import io.tscns.core.Problem;
import io.tscns.core.card.CardIdentifierProblem;
import io.tscns.core.person.CodiceFiscaleProblem;

/**
 * Why no CNS identity could be read from a certificate (<i>identità del titolare</i>). No problem carries the
 * codice fiscale or the names it was reading.
 *
 * @since 0.1.0
 */
public sealed interface IdentityProblem extends Problem {

    /**
     * A subject attribute the profile requires is absent or appears more than once.
     *
     * @param attribute the attribute, e.g. {@code CN}
     * @param count     how many times it appears
     */
    record AttributeCount(String attribute, int count) implements IdentityProblem {
        @Override
        public String describe() {
            return "subject has " + count + " " + attribute + " attributes; expected exactly one";
        }
    }

    /**
     * The common name is not {@code <codice fiscale>/<card id>.<hash>}.
     *
     * @param detail which part is missing or wrong
     */
    record MalformedCommonName(String detail) implements IdentityProblem {
        @Override
        public String describe() {
            return "subject CN is not <codice fiscale>/<card id>.<hash>: " + detail;
        }
    }

    /**
     * The part before the {@code /} is not a codice fiscale.
     *
     * @param problem the rule it broke
     */
    record InvalidCodiceFiscale(CodiceFiscaleProblem problem) implements IdentityProblem {
        @Override
        public String describe() {
            return "subject CN: " + problem.describe();
        }
    }

    /**
     * The card id is not sixteen digits.
     *
     * @param problem the rule it broke
     */
    record InvalidCardId(CardIdentifierProblem problem) implements IdentityProblem {
        @Override
        public String describe() {
            return "subject CN: " + problem.describe();
        }
    }

    /**
     * The certificate asserts none of the CNS, Lombardy CRS or CIE policies.
     */
    record NoKnownPolicy() implements IdentityProblem {
        @Override
        public String describe() {
            return "certificate asserts none of the CNS, Lombardy CRS or CIE policies";
        }
    }
}
