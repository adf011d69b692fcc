package io.tscns.test.junit;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.KeyPairSource;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Set;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link WithSimulatedCard}: resolves test-method parameters to one simulated card per
 * test, issued by the card factory (keys from a seeded {@link KeyPairSource}, data from a seeded random, so the card
 * is reproducible and key derivation is paid once per seed), and to the access paths onto it: the in-process
 * transport (card powered on) and a {@code javax.smartcardio} world with one reader, {@value #READER_NAME}, holding
 * the card. When the test ends, the card's codes are destroyed.
 *
 * @since 0.1.0
 */
public final class SimulatedCardExtension implements ParameterResolver {

    /** The name of the simulated reader that holds the card. */
    public static final String READER_NAME = "Simulated Reader 0";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SimulatedCardExtension.class);
    private static final Set<Class<?>> SUPPORTED = Set.of(
            IssuedCard.class, SimulatedCard.class, SimulatedReaders.class, CardTerminal.class, TerminalFactory.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return SUPPORTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Fixture fixture = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        Fixture.class,
                        key -> new Fixture(issue(Settings.find(context, WithSimulatedCard.class))),
                        Fixture.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == IssuedCard.class) {
            return fixture.issued();
        }
        if (type == SimulatedCard.class) {
            return fixture.issued().card();
        }
        if (type == SimulatedReaders.class) {
            return fixture.readers();
        }
        if (type == CardTerminal.class) {
            return fixture.readers().terminal(READER_NAME);
        }
        return fixture.readers().terminalFactory();
    }

    private static IssuedCard issue(WithSimulatedCard settings) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(settings.seed());
            return CardFactory.builder()
                    .issuer(settings.issuer())
                    .random(random)
                    .keys(KeyPairSource.seeded(settings.seed()))
                    .build()
                    .issue(CardHolder.example(), settings.profile());
        } catch (NoSuchAlgorithmException e) {
            throw new ParameterResolutionException("the JDK offers no SHA1PRNG, which every JDK has", e);
        }
    }

    /** One test's card and its access paths, created on first use; closing destroys the card's codes. */
    private static final class Fixture implements AutoCloseable {

        private final IssuedCard issued;
        private SimulatedReaders readers;

        Fixture(IssuedCard issued) {
            this.issued = issued;
        }

        IssuedCard issued() {
            return issued;
        }

        synchronized SimulatedReaders readers() {
            if (readers == null) {
                readers = SimulatedReaders.create(READER_NAME);
                readers.terminal(READER_NAME).insert(issued.card());
            }
            return readers;
        }

        @Override
        public void close() {
            issued.close();
        }
    }
}
