package io.tscns.auth.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One service of a trusted list (<i>servizio della lista di fiducia</i>, ETSI TS 119 612 §5.5): its type, name,
 * current status and the certificates of its digital identity.
 *
 * @param provider           the trust service provider's name
 * @param serviceType        the ServiceTypeIdentifier URI
 * @param name               the ServiceName
 * @param status             the ServiceStatus URI
 * @param statusStartingTime when the status took effect
 * @param certificates       the X509Certificate values of the ServiceDigitalIdentity
 * @since 0.1.0
 */
public record TrustedService(
        String provider,
        String serviceType,
        String name,
        String status,
        Instant statusStartingTime,
        List<X509Certificate> certificates) {

    /** Identity verification services: where the Italian list publishes the CNS and CIE CAs. */
    public static final String TYPE_IDV = "http://uri.etsi.org/TrstSvc/Svctype/IdV";

    private static final String STATUS = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/";
    private static final String LEGACY_STATUS = "http://uri.etsi.org/TrstSvc/Svcstatus/";
    /** The statuses in which a service is active (current ones of v5, and the v4 ones old lists still carry). */
    private static final Set<String> ACTIVE = Set.of(
            STATUS + "granted",
            STATUS + "recognisedatnationallevel",
            LEGACY_STATUS + "accredited",
            LEGACY_STATUS + "undersupervision",
            LEGACY_STATUS + "supervisionincessation",
            LEGACY_STATUS + "setbynationallaw");

    /** Checks and copies the fields. */
    public TrustedService {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusStartingTime, "statusStartingTime");
        certificates = List.copyOf(certificates);
    }

    /**
     * Tells whether the service is active: granted or recognised at national level (or one of the equivalent
     * statuses of version 4 lists); withdrawn and deprecated services are not.
     *
     * @return {@code true} if active
     */
    public boolean isActive() {
        return ACTIVE.contains(status);
    }

    /**
     * Tells whether this is an identity-verification (IdV) service.
     *
     * @return {@code true} for the type under which CNS and CIE CAs are published
     */
    public boolean isIdentityVerification() {
        return TYPE_IDV.equals(serviceType);
    }
}
