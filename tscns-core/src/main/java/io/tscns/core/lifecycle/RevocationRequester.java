package io.tscns.core.lifecycle;

import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;

/**
 * Who asks for a revocation (<i>richiedente della revoca</i>) and what the counter checked. The Toscana manual
 * v2.0 §10.7 records whether the holder or a delegate (parent, guardian, curator) asks, the delegate's data, the
 * reason and the CIP check; §10.7.1 lets the issuer revoke on its own initiative for errors in the personal data.
 *
 * <p>Under {@link LifecyclePolicy#TOSCANA_2_0} a holder's or delegate's request needs
 * {@link CipVerification#VERIFIED}; under {@link LifecyclePolicy#DM_2011} the CIP is not required (it is a regional
 * code, {@code docs/cms.md §2.1}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface RevocationRequester {

    /**
     * Returns the kind of requester, as the CMS stores it.
     *
     * @return holder, delegate or issuer
     */
    RequesterKind kind();

    /**
     * The holder in person (<i>titolare</i>).
     *
     * @param cip whether the holder's CIP was checked
     */
    record Holder(CipVerification cip) implements RevocationRequester {
        /**
         * Checks the component.
         */
        public Holder {
            Objects.requireNonNull(cip, "cip");
        }

        @Override
        public RequesterKind kind() {
            return RequesterKind.HOLDER;
        }
    }

    /**
     * A legal representative acting for the holder (<i>delegato</i>: genitore, tutore o curatore).
     *
     * @param role         in which capacity the delegate acts
     * @param codiceFiscale the delegate's codice fiscale, recorded with the request (§10.7 step 5)
     * @param cip          whether the holder's CIP was checked
     */
    record Delegate(LegalRepresentativeRole role, CodiceFiscale codiceFiscale, CipVerification cip)
            implements RevocationRequester {
        /**
         * Checks the components.
         */
        public Delegate {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(codiceFiscale, "codiceFiscale");
            Objects.requireNonNull(cip, "cip");
        }

        @Override
        public RequesterKind kind() {
            return RequesterKind.DELEGATE;
        }
    }

    /**
     * The issuing administration, revoking on its own initiative (<i>revoca su iniziativa dell'Ente emittitore</i>).
     */
    record Issuer() implements RevocationRequester {
        @Override
        public RequesterKind kind() {
            return RequesterKind.ISSUER;
        }
    }
}
