package io.tscns.auth.revocation;

/**
 * What a login does when revocation status cannot be established (<i>comportamento in caso di stato di revoca non
 * disponibile</i>).
 *
 * @since 0.1.0
 */
public enum FailMode {
    /** Refuse the login: the safe default. */
    HARD,
    /** Accept the login, and say in the verdict that revocation was not checked. */
    SOFT
}
