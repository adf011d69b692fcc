package io.tscns.core.secret;

/**
 * Thrown when the random source given to a {@link CodeGenerator} keeps producing trivial codes (all characters
 * equal, or an ascending or descending run). With a working {@link java.security.SecureRandom} the chance of this is
 * below 10<sup>-60</sup>, so it means the random source is broken or not random; no code is returned.
 *
 * @since 0.1.0
 */
public final class CodeGenerationException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param kind     the code being generated
     * @param attempts how many draws were all trivial
     */
    public CodeGenerationException(CodeKind kind, int attempts) {
        super("the random source produced " + attempts + " trivial " + kind.label()
                + " codes in a row; it is not a working SecureRandom");
    }
}
