package io.tscns.cms.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The protocol's date reader, which parses {@code yyyy-MM-dd} by hand: it reads every date as
 * {@link LocalDate#parse} does, and whatever {@code LocalDate.parse} refuses it refuses with a typed Jackson error.
 */
class WireDateProperties {

    @Property(tries = 2_000)
    void everyDateRoundTrips(@ForAll @LongRange(min = -719_528, max = 2_932_896) long epochDay) throws Exception {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String json = CmsJson.mapper().writeValueAsString(date);
        assertEquals(date, CmsJson.mapper().readValue(json, LocalDate.class));
    }

    @Property(tries = 5_000)
    void anyTenCharactersAreReadExactlyAsLocalDateParseReadsThem(@ForAll("dateLike") String text) {
        String json = "\"" + text + "\"";
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeException e) {
            assertThrows(JacksonException.class, () -> CmsJson.mapper().readValue(json, LocalDate.class));
            return;
        }
        try {
            assertEquals(expected, CmsJson.mapper().readValue(json, LocalDate.class));
        } catch (JacksonException e) {
            throw new AssertionError(text + " refused: " + e.getOriginalMessage());
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> shaped = Arbitraries.strings()
                .withChars("0123456789")
                .ofLength(8)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8));
        Arbitrary<String> noisy =
                Arbitraries.strings().withChars("0123456789-+T: ").ofLength(10);
        return Arbitraries.oneOf(shaped, shaped, noisy)
                .edgeCases(edges -> edges.add("2024-02-29")
                        .add("2023-02-29")
                        .add("0000-01-01")
                        .add("9999-12-31"));
    }
}
