package io.tscns.cli.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises or lowers the level of the {@code io.tscns} loggers for {@code --verbose} (<i>livello di log</i>). Logback
 * is a runtime-only dependency of the CLI, so no code compiles against it: the level is set through Logback's
 * public {@code Logger.setLevel} found at run time. With another SLF4J backend this does nothing and that backend's
 * own configuration decides.
 */
public final class LogLevels {

    private static final String LOGGER = "io.tscns";

    private LogLevels() {}

    /**
     * Sets the level of the {@code io.tscns} loggers: TRACE when verbose (the APDU trace of tscns-card, secrets
     * redacted), WARN otherwise.
     *
     * @param verbose whether the user asked for verbose output
     * @return whether the level could be set
     */
    public static boolean apply(boolean verbose) {
        Logger logger = LoggerFactory.getLogger(LOGGER);
        try {
            Class<?> level = Class.forName(
                    "ch.qos.logback.classic.Level", true, logger.getClass().getClassLoader());
            Object value = level.getMethod("toLevel", String.class).invoke(null, verbose ? "TRACE" : "WARN");
            logger.getClass().getMethod("setLevel", level).invoke(logger, value);
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return false;
        }
    }
}
