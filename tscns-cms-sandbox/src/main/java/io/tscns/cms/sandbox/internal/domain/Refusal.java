package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.core.Problem;
import io.tscns.core.activation.ActivationViolation;
import io.tscns.core.consent.ConsentProblem;
import java.util.List;
import java.util.Objects;

/**
 * Why the sandbox refuses an operation (<i>motivo del rifiuto</i>): the rule broken, as a record to branch on, with a
 * stable {@link #code()} that the audit chain and the card's history record ({@code refused:<code>}) and a
 * {@link #describe() sentence} for the operator. The HTTP layer turns each into a problem document; the codes are
 * the protocol's problem codes (a test keeps them equal). None holds personal data or a secret.
 */
public sealed interface Refusal extends Problem {

    /**
     * The operator's role may not run the operation (the role matrix).
     *
     * @param role      the role
     * @param operation the operation
     */
    record ForbiddenRole(OperatorRole role, Operation operation) implements Refusal {
        /** Checks the components. */
        public ForbiddenRole {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public String code() {
            return "forbidden-role";
        }

        @Override
        public String describe() {
            return "role " + role + " may not perform " + operation.auditCode();
        }
    }

    /** The counter is not enabled for duplicate requests (Toscana manual v2.0 §10.5). */
    record ReissueNotEnabled() implements Refusal {
        @Override
        public String code() {
            return "reissue-not-enabled";
        }

        @Override
        public String describe() {
            return "this counter is not enabled for re-issue (§10.5)";
        }
    }

    /**
     * The operator's role acts only on cards of its own region ({@code docs/cms.md §1.3}: pharmacies cannot activate
     * cards of other regions).
     *
     * @param role      the role
     * @param operation the operation
     */
    record OtherRegion(OperatorRole role, Operation operation) implements Refusal {
        /** Checks the components. */
        public OtherRegion {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public String code() {
            return "other-region";
        }

        @Override
        public String describe() {
            return "role " + role + " may not perform " + operation.auditCode() + " on a card issued by another region";
        }
    }

    /**
     * No card was found.
     *
     * @param by how it was looked for
     */
    record CardNotFound(Lookup by) implements Refusal {
        /** Checks the component. */
        public CardNotFound {
            Objects.requireNonNull(by, "by");
        }

        @Override
        public String code() {
            return "card-not-found";
        }

        @Override
        public String describe() {
            return switch (by) {
                case CARD_ID -> "no such card";
                case TEAM_NUMBER -> "no card with that TEAM number";
                case PERSON -> "the person has no such card";
            };
        }
    }

    /**
     * No personal data were found.
     *
     * @param by how they were looked for: as the holder of a card ({@link Lookup#CARD_ID}) or by codice fiscale
     *           ({@link Lookup#PERSON})
     */
    record PersonNotFound(Lookup by) implements Refusal {
        /** Checks the component. */
        public PersonNotFound {
            Objects.requireNonNull(by, "by");
        }

        @Override
        public String code() {
            return "person-not-found";
        }

        @Override
        public String describe() {
            return by == Lookup.CARD_ID
                    ? "no personal data for the card's holder"
                    : "no person with that codice fiscale";
        }
    }

    /** How a card or a person was looked for. */
    enum Lookup {
        /** By card id. */
        CARD_ID,
        /** By TEAM number. */
        TEAM_NUMBER,
        /** Among a person's cards, or by codice fiscale. */
        PERSON
    }

    /**
     * The data of an activation request differ from the card's record (§10.1 step 5).
     *
     * @param mismatched the data that differ, at least one
     */
    record IdentityMismatch(List<IdentityDatum> mismatched) implements Refusal {
        /** Checks and copies the list. */
        public IdentityMismatch {
            mismatched = List.copyOf(mismatched);
        }

        @Override
        public String code() {
            return "identity-mismatch";
        }

        @Override
        public String describe() {
            return "the card's data do not match the request";
        }
    }

    /**
     * The activation request breaks the activation rules (§8.1–8.3, §10.1 step 10), or a reprint's document breaks
     * the rules for the document of the person at the counter (§10.6 steps 2–3).
     *
     * @param privacyConsentMissing whether the holder's privacy consent flag is missing
     * @param violations            the core activation rules broken
     */
    record ActivationRejected(boolean privacyConsentMissing, List<ActivationViolation> violations) implements Refusal {
        /** Checks and copies the list. */
        public ActivationRejected {
            violations = List.copyOf(violations);
            if (!privacyConsentMissing && violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection breaks at least one rule");
            }
        }

        @Override
        public String code() {
            return "activation-rejected";
        }

        @Override
        public String describe() {
            return "the request breaks " + (violations.size() + (privacyConsentMissing ? 1 : 0)) + " rule(s)";
        }
    }

    /**
     * The card's state does not allow the operation.
     *
     * @param describe the sentence: the state, the event and the rule (never personal data)
     */
    record IllegalTransition(String describe) implements Refusal {
        /** Checks the component. */
        public IllegalTransition {
            Objects.requireNonNull(describe, "describe");
        }

        @Override
        public String code() {
            return "illegal-transition";
        }
    }

    /**
     * The CIP given is wrong; the try is counted (§10.7 step 6).
     *
     * @param triesLeft wrong CIPs still accepted before the CIP is blocked
     */
    record WrongCip(int triesLeft) implements Refusal {
        @Override
        public String code() {
            return "wrong-cip";
        }

        @Override
        public String describe() {
            return "wrong CIP";
        }
    }

    /**
     * The CIP is blocked after too many wrong tries.
     *
     * @param byThisTry whether this request's wrong CIP blocked it (then no tries are left), or it was blocked before
     */
    record CipBlocked(boolean byThisTry) implements Refusal {
        @Override
        public String code() {
            return "cip-blocked";
        }

        @Override
        public String describe() {
            return byThisTry
                    ? "wrong CIP; the CIP is now blocked"
                    : "the CIP is blocked after " + CardRecord.MAX_CIP_TRIES + " wrong tries";
        }
    }

    /**
     * An FSE consent decision breaks the consent rules ({@code docs/cms.md §5}).
     *
     * @param problem the core consent problem
     */
    record ConsentRejected(ConsentProblem problem) implements Refusal {
        /** Checks the component. */
        public ConsentRejected {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String code() {
            return "consent-rejected";
        }

        @Override
        public String describe() {
            return problem.describe();
        }
    }

    /** The card was changed by another operation since it was read. */
    record Conflict() implements Refusal {
        @Override
        public String code() {
            return "conflict";
        }

        @Override
        public String describe() {
            return "the card was changed by another operation; retry";
        }
    }

    /** A reprint by delegate names the holder as the delegate (§10.6). */
    record DelegateIsHolder() implements Refusal {
        @Override
        public String code() {
            return "malformed-request";
        }

        @Override
        public String describe() {
            return "the delegate is the holder: use a direct reprint";
        }
    }

    /**
     * The HTTP front refused the request as it came, before any operation ran: malformed, of an unsupported media
     * type, without an idempotency key or with one used for another request, too many in a short time, or from
     * credentials it does not accept. Recorded in the audit chain like the operations' own refusals.
     *
     * @param code the protocol's problem code
     */
    record RequestRefused(String code) implements Refusal {
        /** Checks the component. */
        public RequestRefused {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String describe() {
            return "the request was refused (" + code + ")";
        }
    }

    /** The card is past its expiry date: only reads are left ({@code docs/cms.md §9.6}). */
    record CardExpired() implements Refusal {
        @Override
        public String code() {
            return "card-expired";
        }

        @Override
        public String describe() {
            return "the card is past its expiry date";
        }
    }

    /**
     * Retiring an activated card needs the proof a revocation needs: the holder's CIP or the identification of who
     * came to the counter ({@code docs/cms.md §9.6}).
     *
     * @param operation the operation asked
     */
    record HolderNotIdentified(Operation operation) implements Refusal {
        /** Checks the component. */
        public HolderNotIdentified {
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public String code() {
            return "holder-not-identified";
        }

        @Override
        public String describe() {
            return operation.auditCode() + " retires an activated card: give the holder's CIP or who came to the"
                    + " counter with the document shown (presentedBy)";
        }
    }

    /**
     * An audit export asks for the entries after an entry the chain does not have.
     *
     * @param after the sequence number asked for
     */
    record NoSuchAuditEntry(long after) implements Refusal {
        @Override
        public String code() {
            return "malformed-request";
        }

        @Override
        public String describe() {
            return "the audit chain has no entry " + after;
        }
    }

    /**
     * The operation needs a fresh identification of the card by the same operator, and the request does not carry
     * one (Toscana manual v2.0 §10.1 steps 4–5, {@code docs/cms.md §9.5}). The sentence never names another operator
     * or card.
     *
     * @param problem why
     */
    record IdentificationRequired(IdentificationProblem problem) implements Refusal {
        /** Checks the component. */
        public IdentificationRequired {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String code() {
            return "identification-required";
        }

        @Override
        public String describe() {
            return switch (problem) {
                case MISSING -> "identify the card first (POST /cards/identify) and send its identificationRef";
                case UNKNOWN -> "no identification has this reference";
                case EXPIRED -> "the identification is too old: identify the card again";
                case OTHER_OPERATOR -> "the identification was made by another operator: identify the card again";
                case OTHER_CARD ->
                    "the identification is of another card: the TEAM number identified is not" + " this card's";
            };
        }
    }

    /**
     * The profile does not offer the delivery of the codes asked for: the sealed envelope of DM 20 giugno 2011
     * Allegato 2 point 1c under the Toscana manual v2.0, which dropped the envelopes (§1.1).
     *
     * @param profile the profile's id
     */
    record DeliveryNotOffered(String profile) implements Refusal {
        /** Checks the component. */
        public DeliveryNotOffered {
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String code() {
            return "delivery-not-offered";
        }

        @Override
        public String describe() {
            return "the " + profile + " profile does not deliver the codes in a sealed envelope";
        }
    }
}
