package io.tscns.test.junit;

import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.TestIssuer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test a simulated TS-CNS card from the card factory, through {@link SimulatedCardExtension}: declare a
 * parameter of type {@link io.tscns.simcard.IssuedCard}, {@link io.tscns.simcard.SimulatedCard},
 * {@link io.tscns.simcard.smartcardio.SimulatedReaders}, {@link javax.smartcardio.CardTerminal} (the reader
 * {@value SimulatedCardExtension#READER_NAME}, holding the card) or {@link javax.smartcardio.TerminalFactory}; within
 * one test all of them show the same card. Code under test opens the card as it would a real one, e.g. tscns-card's
 * {@code PcscCards.open(terminal)}.
 *
 * <pre>{@code
 * @WithSimulatedCard(profile = SimulatedProfile.STINCARD)
 * class PinDialogTest {
 *     @Test
 *     void wrongPinShowsTriesLeft(CardTerminal reader, IssuedCard issued) { ... }
 * }
 * }</pre>
 *
 * A method-level annotation overrides the class-level one. Each test gets a new card; with the same {@link #seed()}
 * it is the same card (card id, holder data, key, codes) on every run, so failures reproduce.
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SimulatedCardExtension.class)
public @interface WithSimulatedCard {

    /**
     * The chip family.
     *
     * @return the profile; classic by default
     */
    SimulatedProfile profile() default SimulatedProfile.CLASSIC;

    /**
     * The issuing region of the test PKI.
     *
     * @return the issuer; Tuscany by default
     */
    TestIssuer issuer() default TestIssuer.TOSCANA;

    /**
     * The seed of the card's random data and key: the same seed gives the same card.
     *
     * @return the seed
     */
    long seed() default 1L;
}
