package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.junit.SecretLeaks.Form;
import io.tscns.test.junit.SecretLeaks.Leak;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class SecretLeaksProperties {

    @Property
    void anyOutputAndCodeGiveAnAnswerAndNeverAnotherException(
            @ForAll String output, @ForAll @StringLength(min = 1, max = 20) String secret) {
        Optional<Leak> leak = SecretLeaks.find(output, secret);
        leak.ifPresent(found -> assertTrue(found.offset() < output.length(), found.toString()));
    }

    @Property
    void aCodeSetOffByAnythingButALetterOrDigitIsFoundAsText(
            @ForAll @StringLength(max = 40) String before,
            @ForAll @Chars({' ', '=', ':', '"', '(', '\n'}) char left,
            @ForAll @NumericChars @StringLength(min = 4, max = 8) String pin,
            @ForAll @Chars({' ', ',', ')', '"', '.', '\n'}) char right,
            @ForAll @StringLength(max = 40) String after) {
        String output = before + left + pin + right + after;
        Leak leak = SecretLeaks.find(output, pin).orElseThrow();
        assertEquals(Form.TEXT, leak.form());
        assertTrue(leak.offset() <= before.length() + 1, leak.toString());
    }

    @Property
    void aCodesDigitsInsideARunOfHexDigitsAreNeverTextNorBase64(
            @ForAll @CharRange(from = '0', to = '9') @CharRange(from = 'A', to = 'F') @StringLength(min = 1, max = 60)
                    String before,
            @ForAll @NumericChars @StringLength(min = 4, max = 8) String pin,
            @ForAll @CharRange(from = '0', to = '9') @CharRange(from = 'A', to = 'F') @StringLength(min = 1, max = 60)
                    String after) {
        String output = "A" + before + pin + after + "A";
        Optional<Form> form = SecretLeaks.find(output, pin).map(Leak::form);
        assertNotEquals(Optional.of(Form.TEXT), form, output);
        assertNotEquals(Optional.of(Form.BASE64), form, output);
    }
}
