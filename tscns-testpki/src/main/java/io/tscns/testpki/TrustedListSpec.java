package io.tscns.testpki;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The content of a test trusted list (<i>lista di fiducia</i>, ETSI TS 119 612), shaped like the Italian
 * TSL-IT.xml that AgID publishes: scheme information with territory, operator, sequence number, issue and next-update
 * times, then the trust service providers and their services.
 *
 * @param territory          the SchemeTerritory, e.g. {@code IT}
 * @param schemeOperatorName the SchemeOperatorName
 * @param sequenceNumber     the TSLSequenceNumber (positive)
 * @param issued             the ListIssueDateTime, truncated to seconds
 * @param nextUpdate         the NextUpdate, truncated to seconds
 * @param providers          the trust service providers, in order
 * @since 0.1.0
 */
public record TrustedListSpec(
        String territory,
        String schemeOperatorName,
        long sequenceNumber,
        Instant issued,
        Instant nextUpdate,
        List<TrustServiceProvider> providers) {

    /**
     * Checks and copies the fields.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the territory is not two
     *                          upper-case letters, a name is blank or the sequence number is not positive
     */
    public TrustedListSpec {
        Objects.requireNonNull(territory, "territory");
        if (!territory.matches("[A-Z]{2}")) {
            throw TestPkiException.invalid("territory must be two upper-case letters, found \"" + territory + "\"");
        }
        Checks.requireText(schemeOperatorName, "schemeOperatorName");
        if (sequenceNumber < 1) {
            throw TestPkiException.invalid("TSL sequence number must be positive, found " + sequenceNumber);
        }
        issued = Checks.encodableTime(issued, "issued");
        nextUpdate = Checks.encodableTime(nextUpdate, "nextUpdate");
        providers = List.copyOf(providers);
    }
}
