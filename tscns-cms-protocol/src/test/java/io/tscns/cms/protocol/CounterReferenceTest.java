package io.tscns.cms.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counter's reference goes to the audit chain as it is ({@code docs/cms.md §9.3}): only a protocol number's
 * characters pass, and anything else is the typed {@code counterReference} problem, never an audit failure later.
 */
class CounterReferenceTest {

    @Test
    void aProtocolNumberPasses() {
        assertEquals(
                Optional.of("PROT-2026/0042 a.b_c:d"), CounterRecord.reference(Optional.of("PROT-2026/0042 a.b_c:d")));
        assertEquals(Optional.empty(), CounterRecord.reference(Optional.empty()));
        assertEquals(Optional.of("x".repeat(64)), CounterRecord.reference(Optional.of("x".repeat(64))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " PROT-1", "PROT\n1", "PROT\t1", "PROT\uD800", "PROT-è", "PROT;1", "PROT%0A"})
    void anythingElseIsTheTypedProblem(String reference) {
        CmsProtocolException e =
                assertThrows(CmsProtocolException.class, () -> CounterRecord.reference(Optional.of(reference)));
        assertEquals(
                new ProtocolProblem.InvalidValue("counterReference"),
                e.problems().get(0));
    }

    @Test
    void sixtyFiveCharactersAreTooMany() {
        assertThrows(CmsProtocolException.class, () -> CounterRecord.reference(Optional.of("x".repeat(65))));
    }

    @Test
    void everyRequestThatTakesOneChecksIt() {
        String update = "{\"consents\":[{\"kind\":\"CONSULTATION\",\"status\":\"GIVEN\"}],"
                + "\"counterReference\":\"\\ud800\"}";
        assertThrows(
                CmsProtocolException.class,
                () -> CmsJson.decode(update.getBytes(StandardCharsets.UTF_8), ConsentsUpdate.class));
    }
}
