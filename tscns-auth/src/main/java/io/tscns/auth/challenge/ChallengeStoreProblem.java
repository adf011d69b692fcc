package io.tscns.auth.challenge;

import io.tscns.core.Problem;

/**
 * Why a {@link ChallengeStore} could not keep or spend a challenge (<i>archivio delle sfide non disponibile</i>).
 * Either is a server-side condition, not the client's fault: answer it with 503, never with a refusal of the login.
 *
 * @since 0.1.0
 */
public sealed interface ChallengeStoreProblem extends Problem {

    /**
     * As many unexpired challenges are outstanding as the store may hold: someone is asking for challenges faster
     * than they expire.
     *
     * @param capacity the most the store holds
     */
    record Full(int capacity) implements ChallengeStoreProblem {
        @Override
        public String describe() {
            return capacity + " challenges are outstanding, the most the store holds";
        }
    }

    /**
     * The store could not be read or written (a database error).
     *
     * @param detail the failure, without the statement's values
     */
    record Unavailable(String detail) implements ChallengeStoreProblem {
        @Override
        public String describe() {
            return "the challenge store is unavailable: " + detail;
        }
    }
}
