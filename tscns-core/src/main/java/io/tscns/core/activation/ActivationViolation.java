package io.tscns.core.activation;

import io.tscns.core.Problem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule of the activation procedure that a request breaks on the day of the check (<i>irregolarità della
 * richiesta di attivazione</i>). {@link ActivationValidator} reports every violation of a request at once.
 *
 * <p>Each variant has a stable {@link #code()} a CMS can put in a problem document (for example as the {@code type}
 * suffix of RFC 9457 problem details); people read {@link #describe()}. No variant repeats a name, a codice fiscale
 * or a document number.
 *
 * @since 0.1.0
 */
public sealed interface ActivationViolation extends Problem {

    /**
     * The card is past its expiry date: there is nothing left to activate.
     *
     * @param cardExpiry the card's expiry date
     */
    record CardExpired(LocalDate cardExpiry) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public CardExpired {
            Objects.requireNonNull(cardExpiry, "cardExpiry");
        }

        @Override
        public String describe() {
            return "the card expired on " + cardExpiry;
        }
    }

    /**
     * The identity document's issue date is after the day of the check: a typing error, or not a real document.
     *
     * @param issueDate the issue date entered
     */
    record DocumentIssuedInFuture(LocalDate issueDate) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public DocumentIssuedInFuture {
            Objects.requireNonNull(issueDate, "issueDate");
        }

        @Override
        public String describe() {
            return "the identity document's issue date " + issueDate + " is after the day of the check";
        }
    }

    /**
     * The identity document's expiry date is before its issue date.
     *
     * @param issueDate  the issue date entered
     * @param expiryDate the expiry date entered
     */
    record DocumentExpiresBeforeIssue(LocalDate issueDate, LocalDate expiryDate) implements ActivationViolation {
        /**
         * Checks the components.
         */
        public DocumentExpiresBeforeIssue {
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(expiryDate, "expiryDate");
        }

        @Override
        public String describe() {
            return "the identity document expires on " + expiryDate + ", before its issue date " + issueDate;
        }
    }

    /**
     * The identity document has expired and its owner did not sign the DPR 445/2000 art. 45 c.3 declaration, which
     * the policy would accept.
     *
     * @param expiryDate the document's expiry date
     */
    record DocumentExpiredWithoutDeclaration(LocalDate expiryDate) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public DocumentExpiredWithoutDeclaration {
            Objects.requireNonNull(expiryDate, "expiryDate");
        }

        @Override
        public String describe() {
            return "the identity document expired on " + expiryDate
                    + " and its owner did not declare that its data are unchanged (DPR 445/2000 art. 45 c.3)";
        }
    }

    /**
     * The identity document has expired and the policy does not accept an expired document from this applicant,
     * declaration or not.
     *
     * @param expiryDate the document's expiry date
     * @param rule       the policy's rule on expired documents
     */
    record ExpiredDocumentRefused(LocalDate expiryDate, ExpiredDocumentRule rule) implements ActivationViolation {
        /**
         * Checks the components.
         */
        public ExpiredDocumentRefused {
            Objects.requireNonNull(expiryDate, "expiryDate");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String describe() {
            return "the identity document expired on " + expiryDate + " and the policy ('" + rule.id()
                    + "') does not accept an expired document from this applicant";
        }
    }

    /**
     * A paper the mode requires was not collected.
     *
     * @param document the missing paper
     */
    record MissingSupportingDocument(SupportingDocument document) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public MissingSupportingDocument {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String describe() {
            return "missing " + document.id() + " (" + document.italianLabel() + ")";
        }
    }

    /**
     * The delegate's or representative's codice fiscale is the holder's own. Codes are compared exactly: two
     * omocodic variants of one base code belong to two different people.
     */
    record DelegateIsHolder() implements ActivationViolation {
        @Override
        public String describe() {
            return "the delegate's codice fiscale is the holder's: a holder who comes in person activates directly";
        }
    }

    /**
     * A parent acts for a holder who is of age according to the birth date in the holder's codice fiscale; parental
     * authority ends at majority (codice civile art. 2 and art. 316).
     */
    record ParentOfAdult() implements ActivationViolation {
        @Override
        public String describe() {
            return "a parent cannot act for a holder who is of age; a guardian or curator can";
        }
    }

    /**
     * The policy does not offer the activation mode asked for (e.g. a delegate for health reasons under DM 20 giugno
     * 2011, Allegato 2 point 1a, which names only the applicant, a guardian or the parents of a minor).
     *
     * @param mode the mode asked for
     */
    record ModeNotOffered(ActivationMode mode) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public ModeNotOffered {
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String describe() {
            return "the issuer's rules do not offer activation '" + mode.id() + "' (" + mode.italianLabel() + ")";
        }
    }

    /**
     * The policy does not let a legal representative act in this capacity (e.g. a curator under DM 20 giugno 2011).
     *
     * @param role the capacity
     */
    record RepresentativeNotOffered(LegalRepresentativeRole role) implements ActivationViolation {
        /**
         * Checks the component.
         */
        public RepresentativeNotOffered {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String describe() {
            return "the issuer's rules do not let a " + role.id() + " (" + role.italianLabel() + ") ask for the codes";
        }
    }
}
