package io.tscns.core.secret;

import static io.tscns.core.secret.SecretTestSupport.scriptedRandom;
import static io.tscns.core.secret.SecretTestSupport.seededGenerator;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    @Test
    void defaultLengthsFollowTheMefPracticeAndOurCipChoice() {
        CodeGenerator generator = seededGenerator(1);
        assertEquals(5, generator.generatePin().length());
        assertEquals(7, generator.generatePin(7).length());
        assertEquals(8, generator.generatePuk().length());
        Cip cip = generator.generateCip();
        assertEquals(8, cip.length());
        assertEquals(CodeFormat.DEFAULT_CIP, cip.format());
    }

    @Test
    void aCipFollowsTheGivenFormat() {
        CodeFormat format = CodeFormat.of(6, 10, "ABCDEFGHJKMNPQRSTUVWXYZ");
        Cip cip = seededGenerator(2).generateCip(format, 9);
        assertEquals(format, cip.format());
        assertEquals(9, cip.length());
        for (char c : cip.toCharArray()) {
            assertTrue(format.allows(c));
        }
    }

    @Test
    void lengthsOutsideTheFormatAreRefused() {
        CodeGenerator generator = seededGenerator(3);
        assertThrows(InvalidSecretConfigurationException.class, () -> generator.generatePin(4));
        assertThrows(InvalidSecretConfigurationException.class, () -> generator.generatePin(9));
        assertThrows(InvalidSecretConfigurationException.class, () -> generator.generateCip(CodeFormat.DEFAULT_CIP, 6));
    }

    @Test
    void trivialDrawsAreDiscardedAndDrawnAgain() {
        // 11111 (all equal), 34567 (ascending), 21098 (descending, wrapping), then 31415.
        CodeGenerator generator =
                new CodeGenerator(scriptedRandom(1, 1, 1, 1, 1, 3, 4, 5, 6, 7, 2, 1, 0, 9, 8, 3, 1, 4, 1, 5));
        assertArrayEquals("31415".toCharArray(), generator.generatePin().toCharArray());
    }

    @Test
    void aSourceThatOnlyGivesTrivialCodesIsDeclaredBroken() {
        CodeGenerator constant = new CodeGenerator(scriptedRandom(7));
        CodeGenerationException e = assertThrows(CodeGenerationException.class, constant::generatePuk);
        assertEquals(
                "the random source produced 32 trivial PUK codes in a row; it is not a working SecureRandom",
                e.getMessage());
        CodeGenerator counting = new CodeGenerator(scriptedRandom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThrows(CodeGenerationException.class, counting::generatePin);
    }

    @Test
    void theInjectedSourceDecidesTheCodes() {
        assertTrue(seededGenerator(42).generatePuk().matches(seededGenerator(42).generatePuk()));
    }

    @Test
    void everyDigitAppearsInEveryPosition() {
        CodeGenerator generator = seededGenerator(4);
        @SuppressWarnings("unchecked")
        Set<Character>[] seen = new Set[8];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new HashSet<>();
        }
        for (int n = 0; n < 2_000; n++) {
            char[] puk = generator.generatePuk().toCharArray();
            for (int i = 0; i < puk.length; i++) {
                seen[i].add(puk[i]);
            }
        }
        for (Set<Character> digits : seen) {
            assertEquals(10, digits.size());
        }
    }
}
