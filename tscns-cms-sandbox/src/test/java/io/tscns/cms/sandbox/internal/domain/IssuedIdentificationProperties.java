package io.tscns.cms.sandbox.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.core.card.CardId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The rule of an identification's reference (Toscana manual v2.0 §10.1 steps 4–6, {@code docs/cms.md §9.5}): it opens
 * an operation exactly on its own card, by its own operator, within its lifetime; every other (card, operator, time)
 * is refused with the reason that names the first difference.
 */
class IssuedIdentificationProperties {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    @Property
    void aReferenceOpensOnlyItsOwnCardForItsOwnOperatorWithinItsLifetime(
            @ForAll("cards") CardId own,
            @ForAll("operators") String ownOperator,
            @ForAll("cards") CardId card,
            @ForAll("operators") String operator,
            @ForAll @LongRange(min = -60, max = 3_600) long secondsLater) {
        IssuedIdentification identification = new IssuedIdentification("digest", own, ownOperator, AT);
        Instant now = AT.plusSeconds(secondsLater);
        Optional<IdentificationProblem> problem = identification.problemFor(card, operator, now, LIFETIME);
        Optional<IdentificationProblem> expected = !operator.equals(ownOperator)
                ? Optional.of(IdentificationProblem.OTHER_OPERATOR)
                : !card.equals(own)
                        ? Optional.of(IdentificationProblem.OTHER_CARD)
                        : secondsLater > LIFETIME.toSeconds()
                                ? Optional.of(IdentificationProblem.EXPIRED)
                                : Optional.empty();
        assertEquals(expected, problem);
    }

    @Property(tries = 200)
    void referencesAreKeptByDistinctDigestsNeverByTheirText(
            @ForAll("references") IdentificationRef a, @ForAll("references") IdentificationRef b) {
        String digest = IssuedIdentification.digestOf(a);
        assertEquals(64, digest.length());
        assertEquals(a.equals(b), digest.equals(IssuedIdentification.digestOf(b)));
        assertNotEquals(a.value(), digest);
    }

    @Provide
    Arbitrary<CardId> cards() {
        // Few distinct cards, so that the same card is drawn often.
        return Arbitraries.integers().between(0, 3).map(i -> new CardId("6090" + "00000000" + i + "000"));
    }

    @Provide
    Arbitrary<String> operators() {
        return Arbitraries.of("asl-1", "asl-2", "pharmacy-1");
    }

    @Provide
    Arbitrary<IdentificationRef> references() {
        SecureRandom random = new SecureRandom();
        return Arbitraries.integers()
                .between(0, 3)
                .map(i ->
                        i == 0 ? IdentificationRef.parse("AAAAAAAAAAAAAAAAAAAAAA") : IdentificationRef.random(random));
    }
}
