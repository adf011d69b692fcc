package io.tscns.card.generation;

/**
 * The kinds of card operation whose APDU sequence a {@link CardGeneration} may not know
 * (<i>operazioni sulla carta</i>). Reading the files a generation locates needs no entry here: a file it does not
 * locate is unknown by itself.
 *
 * @since 0.1.0
 */
public enum CardOperation {
    /** VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER and the retry-counter query: needs the PIN reference. */
    PIN("PIN verification, change and unblock"),
    /** MSE and PSO or INTERNAL AUTHENTICATE with the authentication key: needs the signing sequence. */
    SIGNING("signing with the authentication key"),
    /** GET CHALLENGE. */
    CHALLENGE("GET CHALLENGE");

    private final String description;

    CardOperation(String description) {
        this.description = description;
    }

    /**
     * Returns the operation in words, for messages.
     *
     * @return e.g. {@code "PIN verification, change and unblock"}
     */
    public String description() {
        return description;
    }
}
