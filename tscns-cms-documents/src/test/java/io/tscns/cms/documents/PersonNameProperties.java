package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.documents.internal.TextWrap;
import io.tscns.core.person.CodiceFiscale;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any holder name either prints whole, wrapped over as many lines as it needs, or is refused with the typed problem
 * its characters call for: control characters and lone surrogates by {@link Person}, characters the embedded font
 * lacks by the writer, with their position.
 */
class PersonNameProperties {

    /** Characters DejaVu Sans prints: Italian and other accented letters, apostrophes, PDF syntax, Greek, Cyrillic. */
    private static final String PRINTABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "àèéìòùÀÈÉÌÒÙçÇñÑäöüßøØłŁőŐ'’-.,()\\%<>[]/{}#ΑΒΓαβγАБВабв";

    private static final String UNPRINTABLE = "漢한";
    private static final String CONTROL = "\n\t\u0000\u007f\u0085";

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> printable = Arbitraries.of(
                PRINTABLE.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        Arbitrary<String> space = Arbitraries.just(" ");
        Arbitrary<String> unprintable = Arbitraries.of("漢", "한");
        Arbitrary<String> control = Arbitraries.of("\n", "\t", "\u0000", "\u007f", "\u0085", "\uD800", "\uDC00");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(40, printable), net.jqwik.api.Tuple.of(6, space),
                        net.jqwik.api.Tuple.of(1, unprintable), net.jqwik.api.Tuple.of(1, control))
                .list()
                .ofMinSize(0)
                .ofMaxSize(110)
                .map(parts -> String.join("", parts));
    }

    /** Rendering a PDF and extracting its text takes tens of milliseconds: 150 tries keep the property cheap. */
    @Property(tries = 150)
    void anyNamePrintsWholeOrIsRefusedWithItsTypedProblem(@ForAll("names") String surname) {
        String trimmed = surname.strip();
        Person holder;
        try {
            holder = new Person(surname, "Maria", CodiceFiscale.parse("RSSMRA80A01H501U"));
        } catch (DocumentException e) {
            DocumentProblem problem = e.problems().get(0);
            if (trimmed.isEmpty()) {
                assertEquals(new DocumentProblem.Blank("surname"), problem);
            } else if (trimmed.length() > Person.MAX_NAME_LENGTH) {
                assertEquals(new DocumentProblem.TooLong("surname", Person.MAX_NAME_LENGTH), problem);
            } else {
                int position = ((DocumentProblem.ControlCharacter) problem).position();
                assertTrue(
                        CONTROL.indexOf(trimmed.charAt(position - 1)) >= 0
                                || Character.isSurrogate(trimmed.charAt(position - 1)),
                        trimmed);
            }
            return;
        }
        // Code points, not chars: a valid surrogate pair (U+10000 and up) is accepted; only a lone one is refused.
        assertTrue(
                trimmed.codePoints()
                        .noneMatch(c -> CONTROL.indexOf(c) >= 0
                                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
                trimmed);
        try {
            String text = Pdfs.text(Pdfs.write(new HealthDataConsentForm(holder, Samples.CARD, Samples.TODAY)));
            assertTrue(flat(text).contains(flat(holder.surname())), "whole name in\n" + text);
            assertTrue(trimmed.chars().noneMatch(c -> UNPRINTABLE.indexOf(c) >= 0));
        } catch (DocumentException e) {
            DocumentProblem.UnprintableCharacter problem =
                    (DocumentProblem.UnprintableCharacter) e.problems().get(0);
            assertEquals("Cognome", problem.field());
            assertEquals(trimmed.codePointAt(problem.position() - 1), problem.codePoint());
            assertTrue(UNPRINTABLE.indexOf(problem.codePoint()) >= 0);
        }
    }

    @Property
    void wrappingKeepsEveryCharacterAndFitsTheWidth(
            @ForAll("names") String text, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 40) int width) {
        List<String> lines = TextWrap.lines(text, width, String::length);
        assertEquals(flat(text), flat(String.join("", lines)));
        for (String line : lines) {
            assertTrue(line.length() <= width || line.codePointCount(0, line.length()) == 1, line);
        }
    }

    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
