package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.Applicant;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import java.util.Optional;

/**
 * Who comes to the counter to activate a card (<i>richiedente</i>), on the wire: the mode, the person acting for the
 * holder when there is one, and the identity document shown. {@link #toApplicant()} gives the core
 * {@link Applicant} that {@code ActivationValidator} checks.
 *
 * @param mode                the activation mode
 * @param representativeRole  the capacity of a legal representative; present exactly in mode
 *                            {@code LEGAL_REPRESENTATIVE}
 * @param delegate            the delegate's or representative's name and codice fiscale; absent in mode
 *                            {@code DIRECT}
 * @param document            the identity document of the person at the counter, with the DPR 445/2000 art. 45
 *                            c.3 declaration flag
 * @since 0.1.0
 */
public record ApplicantData(
        ActivationMode mode,
        Optional<LegalRepresentativeRole> representativeRole,
        Optional<DelegateIdentity> delegate,
        PresentedDocument document) {

    /**
     * Checks that the fields present are the ones the mode needs.
     *
     * @throws CmsProtocolException if a field is missing or one is given that the mode does not take
     */
    public ApplicantData {
        required("applicant.mode", mode);
        required("applicant.representativeRole", representativeRole);
        required("applicant.delegate", delegate);
        required("applicant.document", document);
        boolean needsDelegate = mode != ActivationMode.DIRECT;
        boolean needsRole = mode == ActivationMode.LEGAL_REPRESENTATIVE;
        if (delegate.isPresent() != needsDelegate) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("applicant.delegate"));
        }
        if (representativeRole.isPresent() != needsRole) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("applicant.representativeRole"));
        }
    }

    /**
     * Returns the wire form of a core applicant.
     *
     * @param applicant the applicant
     * @return the wire form
     */
    public static ApplicantData of(Applicant applicant) {
        Optional<LegalRepresentativeRole> role =
                applicant instanceof Applicant.LegalRepresentative r ? Optional.of(r.role()) : Optional.empty();
        return new ApplicantData(applicant.mode(), role, applicant.delegate(), applicant.document());
    }

    /**
     * Returns the core applicant.
     *
     * @return the holder, health delegate or legal representative
     */
    public Applicant toApplicant() {
        return switch (mode) {
            case DIRECT -> new Applicant.Holder(document);
            case DELEGATE_HEALTH -> new Applicant.HealthDelegate(delegate.orElseThrow(), document);
            case LEGAL_REPRESENTATIVE ->
                new Applicant.LegalRepresentative(representativeRole.orElseThrow(), delegate.orElseThrow(), document);
        };
    }
}
