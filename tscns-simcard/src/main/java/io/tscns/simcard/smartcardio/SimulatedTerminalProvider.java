package io.tscns.simcard.smartcardio;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import javax.smartcardio.TerminalFactory;

/**
 * A {@link Provider} (<i>provider</i> of the Java security framework) that offers {@code TerminalFactory} of type
 * {@value #TYPE} over {@link SimulatedReaders}, so code written against {@code javax.smartcardio} runs unchanged on
 * simulated cards:
 *
 * <pre>{@code
 * TerminalFactory factory = TerminalFactory.getInstance("TscnsSimulated", readers, new SimulatedTerminalProvider());
 * }</pre>
 *
 * The factory's parameter is the {@link SimulatedReaders}; a provider made with
 * {@link #SimulatedTerminalProvider(SimulatedReaders)} also serves a {@code null} parameter with its own readers,
 * which is what {@link #installAsDefault(SimulatedReaders)} relies on for code that calls
 * {@link TerminalFactory#getDefault()}. The service is created directly, not by reflection, so the provider works on
 * the module path. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SimulatedTerminalProvider extends Provider {

    /** The provider's name. */
    public static final String NAME = "TscnsSimulated";
    /** The {@code TerminalFactory} type it offers. */
    public static final String TYPE = "TscnsSimulated";

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_TYPE_PROPERTY = "javax.smartcardio.TerminalFactory.DefaultType";

    /** The readers {@link #installAsDefault} made the JVM's default, if any. */
    private static SimulatedReaders installedDefault;

    /** The readers a {@code null} factory parameter stands for; {@code null} if the parameter is required. */
    private final transient SimulatedReaders boundReaders;

    /** Creates a provider whose factories need the {@link SimulatedReaders} as parameter. */
    public SimulatedTerminalProvider() {
        this(null);
    }

    /**
     * Creates a provider whose factories use these readers when given no parameter.
     *
     * @param readers the readers for a {@code null} parameter
     */
    public SimulatedTerminalProvider(SimulatedReaders readers) {
        super(NAME, "1.0", "tscns simulated TS-CNS card readers for javax.smartcardio");
        this.boundReaders = readers;
        putService(new TerminalFactoryService(this));
    }

    /**
     * Makes {@link TerminalFactory#getDefault()} return these readers for the rest of this JVM's life: registers a
     * provider bound to them first in the provider list and sets the system property
     * {@code javax.smartcardio.TerminalFactory.DefaultType}. For code under test that calls {@code getDefault()}
     * and cannot be handed a factory. The JDK reads the property once, when {@code TerminalFactory} is first used,
     * so this must run before any other use of {@code javax.smartcardio} in the JVM.
     *
     * @param readers the readers {@code getDefault()} will show
     * @throws IllegalStateException if {@code TerminalFactory} was already initialised with another default type, or
     *                               other readers were installed already ({@code getDefault()} never changes once
     *                               set)
     */
    public static synchronized void installAsDefault(SimulatedReaders readers) {
        java.util.Objects.requireNonNull(readers, "readers");
        if (installedDefault != null) {
            if (installedDefault == readers) {
                return;
            }
            throw new IllegalStateException("other simulated readers are already the default of this JVM, and "
                    + "TerminalFactory.getDefault() never changes once set");
        }
        Security.removeProvider(NAME);
        Security.insertProviderAt(new SimulatedTerminalProvider(readers), 1);
        System.setProperty(DEFAULT_TYPE_PROPERTY, TYPE);
        String type = TerminalFactory.getDefault().getType();
        if (!TYPE.equals(type)) {
            throw new IllegalStateException("TerminalFactory was initialised before installAsDefault with default type "
                    + type + "; call installAsDefault before any other use of javax.smartcardio");
        }
        installedDefault = readers;
    }

    private static final class TerminalFactoryService extends Provider.Service {

        private final SimulatedTerminalProvider provider;

        TerminalFactoryService(SimulatedTerminalProvider provider) {
            super(provider, "TerminalFactory", TYPE, SimulatedTerminalFactorySpi.class.getName(), null, Map.of());
            this.provider = provider;
        }

        @Override
        public Object newInstance(Object parameter) throws NoSuchAlgorithmException {
            if (parameter instanceof SimulatedReaders readers) {
                return new SimulatedTerminalFactorySpi(readers);
            }
            if (parameter == null && provider.boundReaders != null) {
                return new SimulatedTerminalFactorySpi(provider.boundReaders);
            }
            throw new NoSuchAlgorithmException("a " + TYPE + " TerminalFactory takes a "
                    + SimulatedReaders.class.getSimpleName() + " as its parameter, not " + parameter);
        }
    }
}
