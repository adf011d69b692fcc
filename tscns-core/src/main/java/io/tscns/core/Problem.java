package io.tscns.core;

import io.tscns.core.internal.ProblemCodes;

/**
 * One failure of a rule, in a form that programs and people can both use: a stable {@link #code()} to branch on
 * and a {@link #describe() sentence} to show.
 *
 * <p>Every typed failure family of tscns implements it: the rules a codice fiscale, a card identifier, a personal-data
 * file, a secret code, an address, a lifecycle event, an activation request, a consent or an audit chain can break.
 * Each family is a sealed interface of records (or an enum), so a caller can also switch over the records of one
 * family and read their components. {@link TscnsException#problems()} gives the problems an exception carries, so
 * any tscns failure can be handled the same way:
 * <ul>
 *   <li>a Card Management System puts the code in an RFC 9457 problem document ({@code application/problem+json}),
 *       next to the family, and the sentence in its {@code detail};</li>
 *   <li>a command line prints one line per problem, {@code code: sentence};</li>
 *   <li>a caller that reacts to one kind of failure compares the code, or matches the record type.</li>
 * </ul>
 *
 * <p>The code is unique <strong>within its family</strong> only: {@code wrong-length} is a codice fiscale's problem
 * and a PIN's. Callers that mix families qualify the code with the family (the exception type or the problem
 * interface). Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Problem {

    /**
     * Returns the stable code of this kind of problem. It is lower-case kebab-case ASCII ({@code [a-z0-9]} words
     * joined by {@code -}, e.g. {@code document-expired-without-declaration}), unique within its family and never
     * changed once published: stored documents and clients depend on it. Every instance of one record has the same
     * code.
     *
     * <p>By default the code is the name of the record or enum constant in kebab case: {@code WrongLength} gives
     * {@code wrong-length}, {@code NotACa} gives {@code not-a-ca}, {@code NAMES_A_SECRET} gives
     * {@code names-a-secret}. A member whose published code is not its name overrides this method and writes the
     * code out. A member is therefore never renamed without an override that keeps its published code; the
     * repository's golden list of every published code fails the build if one changes.
     *
     * @return the code
     * @throws IllegalStateException by default, if this problem is neither a record nor an enum constant (such a
     *                               problem must override this method)
     */
    default String code() {
        return ProblemCodes.of(this);
    }

    /**
     * Returns one sentence that says which rule failed and where, for a person to read. It never contains a secret
     * value (PIN, PUK, CIP, key material) and never repeats the rejected input, which may be personal data: it names
     * a position, a length, a field, a date or at most the single offending character (never one of a secret).
     *
     * @return the description, on one line
     */
    String describe();
}
