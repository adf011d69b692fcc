package io.tscns.core.audit;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises detail keys that name a secret, so that {@link AuditDetails} can refuse them. The rule works on the
 * tokens of a key (the parts between {@code .}, {@code _} and {@code -}): a token names a secret when, after dropping
 * trailing digits and a leading {@code new}/{@code old}/{@code current}, it is one of the secret words; a key also
 * names a secret when it contains one of the unmistakable fragments anywhere ({@code password}, {@code secret},
 * {@code segret}...), or when a key word ({@code key}, {@code chiave}) follows a qualifier such as {@code private}
 * or {@code hmac}. Italian words are included because operators and integrators write Italian.
 *
 * <p>The rule is deliberately broad: {@code pin_retries} is refused although a retry count is not secret; such
 * metadata takes a name without the secret's name ({@code retries_left}, {@code delivery_channel}).
 */
final class SecretKeyNames {

    private static final Set<String> SECRET_WORDS = Set.of(
            "pin",
            "puk",
            "cip",
            "pwd",
            "otp",
            "password",
            "passwd",
            "passphrase",
            "passcode",
            "secret",
            "secrets",
            "token",
            "credential",
            "credentials",
            "privatekey",
            "secretkey",
            "apikey",
            "hmackey",
            "segreto",
            "segreta",
            "segreti",
            "parolachiave");

    private static final List<String> SECRET_FRAGMENTS =
            List.of("password", "passwd", "passphrase", "passcode", "secret", "segret");

    private static final Set<String> KEY_WORDS = Set.of("key", "keys", "chiave", "chiavi");

    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "private",
            "secret",
            "hmac",
            "mac",
            "session",
            "master",
            "signing",
            "api",
            "encryption",
            "aes",
            "des",
            "seal",
            "privata",
            "privato",
            "cifratura",
            "firma");

    private static final Pattern SEPARATORS = Pattern.compile("[._-]");

    private static final List<String> AFFIXES = List.of("new", "old", "current");

    private SecretKeyNames() {}

    /**
     * Tells whether a key (already known to be lower-case ASCII with {@code . _ -} separators) names a secret.
     */
    static boolean namesASecret(String key) {
        for (String fragment : SECRET_FRAGMENTS) {
            if (key.contains(fragment)) {
                return true;
            }
        }
        String[] tokens = SEPARATORS.split(key);
        for (int i = 0; i < tokens.length; i++) {
            String token = normalise(tokens[i]);
            if (SECRET_WORDS.contains(token)) {
                return true;
            }
            if (KEY_WORDS.contains(token)) {
                boolean qualifiedBefore = i > 0 && KEY_QUALIFIERS.contains(normalise(tokens[i - 1]));
                boolean qualifiedAfter = i + 1 < tokens.length && KEY_QUALIFIERS.contains(normalise(tokens[i + 1]));
                if (qualifiedBefore || qualifiedAfter) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normalise(String token) {
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) >= '0' && token.charAt(end - 1) <= '9') {
            end--;
        }
        String t = token.substring(0, end);
        for (String affix : AFFIXES) {
            if (t.length() > affix.length() && t.startsWith(affix)) {
                return t.substring(affix.length());
            }
        }
        return t;
    }
}
