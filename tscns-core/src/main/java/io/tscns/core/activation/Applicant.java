package io.tscns.core.activation;

import java.util.Objects;
import java.util.Optional;

/**
 * The person who comes to the counter to activate a card (<i>richiedente</i>), which decides the
 * {@link ActivationMode}: the holder in person, a delegate of a holder who cannot come for health reasons, or a
 * legal representative. Each variant holds exactly what the mode needs about that person, so a delegate without a
 * name, codice fiscale or document cannot be expressed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Applicant {

    /**
     * Returns the activation mode this applicant implies.
     *
     * @return the mode
     */
    ActivationMode mode();

    /**
     * Returns the identity document of the person at the counter.
     *
     * @return the presented document
     */
    PresentedDocument document();

    /**
     * Returns who acts in the holder's place.
     *
     * @return the delegate or representative, or empty when the holder comes in person
     */
    Optional<DelegateIdentity> delegate();

    /**
     * The holder in person (<i>attivazione diretta</i>, Toscana manual v2.0 §10.1).
     *
     * @param document the holder's identity document
     */
    record Holder(PresentedDocument document) implements Applicant {
        /**
         * Checks the component.
         */
        public Holder {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public ActivationMode mode() {
            return ActivationMode.DIRECT;
        }

        @Override
        public Optional<DelegateIdentity> delegate() {
            return Optional.empty();
        }
    }

    /**
     * A delegate of a holder who cannot come for health reasons (<i>delegato per motivi di salute</i>, §8.3.2,
     * §10.3).
     *
     * @param identity the delegate's name and codice fiscale
     * @param document the delegate's own identity document
     */
    record HealthDelegate(DelegateIdentity identity, PresentedDocument document) implements Applicant {
        /**
         * Checks the components.
         */
        public HealthDelegate {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(document, "document");
        }

        @Override
        public ActivationMode mode() {
            return ActivationMode.DELEGATE_HEALTH;
        }

        @Override
        public Optional<DelegateIdentity> delegate() {
            return Optional.of(identity);
        }
    }

    /**
     * A parent, guardian or curator (<i>genitore, tutore o curatore</i>, §8.3.1, §10.2). The holder need not be
     * present.
     *
     * @param role     in which capacity the representative acts
     * @param identity the representative's name and codice fiscale
     * @param document the representative's own identity document
     */
    record LegalRepresentative(LegalRepresentativeRole role, DelegateIdentity identity, PresentedDocument document)
            implements Applicant {
        /**
         * Checks the components.
         */
        public LegalRepresentative {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(document, "document");
        }

        @Override
        public ActivationMode mode() {
            return ActivationMode.LEGAL_REPRESENTATIVE;
        }

        @Override
        public Optional<DelegateIdentity> delegate() {
            return Optional.of(identity);
        }
    }
}
