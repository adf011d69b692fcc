package io.tscns.cms.sandbox.internal.cards;

import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;

/**
 * What {@link OperatorCards} makes of a client certificate (<i>esito della verifica della carta</i>): a valid CNS
 * authentication certificate and the codice fiscale it names, a CNS certificate refused and why, or not a CNS
 * certificate at all (another kind of client certificate, which card login has no say on).
 */
public sealed interface CardVerdict {

    /**
     * A valid CNS authentication certificate from a trusted CNS CA.
     *
     * @param codiceFiscale the holder's codice fiscale, from the certificate's CN
     */
    record Accepted(CodiceFiscale codiceFiscale) implements CardVerdict {
        /** Checks the component. */
        public Accepted {
            Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        }
    }

    /**
     * A certificate that names a CNS holder but is not accepted.
     *
     * @param reason why
     * @param detail a sentence for a person: what was wrong, never personal data
     */
    record Refused(Reason reason, String detail) implements CardVerdict {
        /** Checks the components. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A certificate whose subject is not a CNS holder's ({@code <codice fiscale>/<card id>.<hash>}). */
    record NotACard() implements CardVerdict {}

    /** Why a CNS certificate is refused. */
    enum Reason {
        /** Revoked or on hold at its CA. */
        REVOKED,
        /** Outside its validity period, expired or not yet valid. */
        EXPIRED,
        /**
         * Not from a trusted CNS CA, not a CNS authentication certificate, or of unknown revocation status.
         */
        UNTRUSTED
    }
}
