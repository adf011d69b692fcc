package io.tscns.testpki;

import java.util.List;

/**
 * A trust service provider of a trusted list (<i>prestatore di servizi fiduciari</i>, ETSI TS 119 612 §5.4) with its
 * services.
 *
 * @param name     the TSPName
 * @param services the TSPServices, in order (at least one)
 * @since 0.1.0
 */
public record TrustServiceProvider(String name, List<TrustedListService> services) {

    /**
     * Checks and copies the fields.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the name is blank or there is no
     *                          service
     */
    public TrustServiceProvider {
        Checks.requireText(name, "name");
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw TestPkiException.invalid("trust service provider " + name + " has no service");
        }
    }
}
