package io.tscns.core.activation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an activation mode requires under a policy (<i>documentazione necessaria</i>, Toscana manual v2.0 §9.1.5 and
 * §8.3), for a counter application to show the operator a checklist before the request is built:
 * <ul>
 *   <li>{@link ActivationMode#DIRECT}: the holder's own identity document; nothing else.</li>
 *   <li>{@link ActivationMode#DELEGATE_HEALTH}: the delegate's name, codice fiscale and own document; the delegation
 *       form signed by the holder and a copy of the holder's document (§8.3.2, §10.3 step 12); a medical
 *       certificate where the policy asks for one.</li>
 *   <li>{@link ActivationMode#LEGAL_REPRESENTATIVE}: the representative's name, codice fiscale and own document, and
 *       the signed self-declaration of parental authority or guardianship (§8.3.1, §10.2 step 8).</li>
 * </ul>
 * The card itself must be shown in every mode (§9.1.5); its data are part of the {@link ActivationRequest}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode                the mode
 * @param delegateIdentity    whether a delegate's name and codice fiscale are needed
 * @param supportingDocuments the papers to collect besides the identity document
 * @since 0.1.0
 */
public record ActivationRequirements(
        ActivationMode mode, boolean delegateIdentity, Set<SupportingDocument> supportingDocuments) {

    /**
     * Checks the components and copies the set.
     */
    public ActivationRequirements {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(supportingDocuments, "supportingDocuments");
        supportingDocuments = supportingDocuments.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(supportingDocuments));
    }

    /**
     * Returns what a mode requires under a policy.
     *
     * @param mode   the mode
     * @param policy the policy
     * @return the requirements
     */
    public static ActivationRequirements of(ActivationMode mode, ActivationPolicy policy) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        return switch (mode) {
            case DIRECT -> new ActivationRequirements(mode, false, Set.of());
            case DELEGATE_HEALTH ->
                new ActivationRequirements(
                        mode,
                        true,
                        policy.medicalCertificateRequired()
                                ? Set.of(
                                        SupportingDocument.DELEGATION_FORM,
                                        SupportingDocument.HOLDER_DOCUMENT_COPY,
                                        SupportingDocument.MEDICAL_CERTIFICATE)
                                : Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY));
            case LEGAL_REPRESENTATIVE ->
                new ActivationRequirements(mode, true, Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION));
        };
    }
}
