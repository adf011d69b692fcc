package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import io.tscns.core.audit.internal.PercentText;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The particulars of a traced operation (<i>estremi dell'operazione</i>, DM 20 giugno 2011, Allegato 2): a small
 * map from keys to text values, such as {@code mode=DELEGATE_HEALTH} or {@code channel=SMS}, kept in key order so
 * that equal details always encode to the same bytes.
 *
 * <h2>No secret goes in</h2>
 * An audit trail is kept for years and read by many people, so a PIN, PUK, CIP, password or key must never reach it.
 * This type makes that hard to do by accident:
 * <ul>
 *   <li>values are only {@code String}, {@code long} or {@code boolean}: there is no method taking an
 *       {@code Object}, a {@code char[]}, a {@code byte[]} or a {@code CharSequence}, so a secret held in a
 *       {@code char[]} or in one of the {@code io.tscns.core.secret} types cannot be passed without first being
 *       copied out into a {@code String} on purpose, and the secret types' {@code toString} never shows the secret;
 *   <li>a key that names a secret is refused with {@link Reason#NAMES_A_SECRET}: {@code pin}, {@code new_pin},
 *       {@code puk2}, {@code cip}, {@code password}, {@code otp}, {@code token}, {@code hmac_key},
 *       {@code chiave_privata}, {@code codice_segreto} and the like (the rule also refuses harmless metadata such
 *       as {@code pin_retries}: name it {@code retries_left}).
 * </ul>
 * <strong>Limits.</strong> Nothing can recognise a secret by its value: five digits may be a PIN or a quantity. Code
 * that copies a PIN into a {@code String} and stores it under an innocent key ({@code "code"}) defeats these
 * checks; so do the free-text fields of {@link AuditRecord}. The checks stop accidents, not intent; code review
 * and the rule "never turn a secret into a {@code String}" cover the rest.
 *
 * <h2>Bounds and text form</h2>
 * At most {@value #MAX_ENTRIES} entries; a key is 1 to {@value #MAX_KEY_LENGTH} characters of lower-case ASCII
 * letters and digits, starting with a letter, in parts joined by one {@code .}, {@code _} or {@code -}; a value is
 * well-formed Unicode of at most {@value #MAX_VALUE_LENGTH} characters, possibly empty, and all values together take
 * at most {@value #MAX_TOTAL_VALUE_BYTES} bytes in UTF-8. {@link #toText()} writes {@code key:value} pairs in key
 * order, joined by commas, each value percent-encoded as described in {@link AuditExport}; {@link #parse(String)}
 * reads that form back and accepts nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditDetails {

    /** Most entries a details map may hold. */
    public static final int MAX_ENTRIES = 32;
    /** Longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 64;
    /** Longest value, in UTF-16 characters. */
    public static final int MAX_VALUE_LENGTH = 1024;
    /** Most bytes all values together may take in UTF-8. */
    public static final int MAX_TOTAL_VALUE_BYTES = 8192;

    /** Longest text form: every key at its longest, every value byte escaped, the separators. */
    static final int MAX_TEXT_LENGTH = MAX_ENTRIES * (MAX_KEY_LENGTH + 2) + 3 * MAX_TOTAL_VALUE_BYTES;

    private static final AuditDetails EMPTY = new AuditDetails(new TreeMap<>());

    private final SortedMap<String, String> entries;

    private AuditDetails(TreeMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /**
     * Returns details with no entry.
     *
     * @return the empty details
     */
    public static AuditDetails empty() {
        return EMPTY;
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns details holding a copy of the given entries.
     *
     * @param entries keys and values
     * @return the details
     * @throws InvalidAuditValueException if a key or value breaks a rule, or there are too many entries or bytes
     */
    public static AuditDetails of(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries");
        Builder builder = builder();
        entries.forEach(builder::put);
        return builder.build();
    }

    /**
     * Reads the text form written by {@link #toText()}.
     *
     * @param text the text form; the empty string is the empty details
     * @return the details
     * @throws InvalidAuditValueException if the text is not the canonical text form of valid details
     */
    public static AuditDetails parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidAuditValueException(
                    "details",
                    Reason.TOO_LONG,
                    "text form has " + text.length() + " characters; at most " + MAX_TEXT_LENGTH + " allowed");
        }
        if (text.isEmpty()) {
            return EMPTY;
        }
        Builder builder = builder();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            int colon = text.indexOf(':', start);
            if (colon < 0 || colon > end) {
                throw new InvalidAuditValueException(
                        "details", Reason.SYNTAX, "entry at index " + start + " has no ':' between key and value");
            }
            String key = text.substring(start, colon);
            builder.put(key, PercentText.decode("details." + keyForMessages(key), text.substring(colon + 1, end)));
            start = end + 1;
        }
        AuditDetails details = builder.build();
        if (!details.toText().equals(text)) {
            throw new InvalidAuditValueException(
                    "details",
                    Reason.NOT_CANONICAL,
                    "text is readable but not in canonical form (keys in order, escapes exactly where required)");
        }
        return details;
    }

    /**
     * Returns the entries in key order.
     *
     * @return an unmodifiable sorted view
     */
    public SortedMap<String, String> asMap() {
        return entries;
    }

    /**
     * Returns the value of a key.
     *
     * @param key the key
     * @return the value, or empty if the key is absent
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Tells whether there is no entry.
     *
     * @return {@code true} for the empty details
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the canonical text form: {@code key:value} pairs in key order, joined by commas, values
     * percent-encoded.
     *
     * @return the text form; empty for the empty details
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        entries.forEach((key, value) -> {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(key).append(':');
            PercentText.encode(value, sb);
        });
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditDetails other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    private static String keyForMessages(String key) {
        return isWellFormedKey(key) ? key : "<malformed key>";
    }

    private static boolean isWellFormedKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !isLowerLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = c == '.' || c == '_' || c == '-';
            if (separator && (i + 1 == key.length() || !isLowerLetterOrDigit(key.charAt(i + 1)))) {
                return false;
            }
            if (!separator && !isLowerLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLowerLetterOrDigit(char c) {
        return isLowerLetter(c) || c >= '0' && c <= '9';
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Collects the entries of an {@link AuditDetails}. It accepts values only as {@code String}, {@code long} or
     * {@code boolean} (see the class description for why). Not thread-safe.
     */
    public static final class Builder {

        private final TreeMap<String, String> entries = new TreeMap<>();
        private int valueBytes;

        private Builder() {}

        /**
         * Adds a text value.
         *
         * @param key   the key: lower-case ASCII letters and digits in parts joined by {@code . _ -}, not naming a
         *              secret
         * @param value the value, possibly empty
         * @return this builder
         * @throws InvalidAuditValueException if the key is malformed, names a secret or was already added, the value
         *                                    is too long or ill-formed, or a bound of the details is exceeded
         */
        public Builder put(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!isWellFormedKey(key)) {
                throw new InvalidAuditValueException(
                        "details",
                        Reason.SYNTAX,
                        "a key must be 1 to "
                                + MAX_KEY_LENGTH
                                + " lower-case ASCII letters and digits, starting with a letter, in parts"
                                + " joined by one '.', '_' or '-'");
            }
            String field = "details." + key;
            if (SecretKeyNames.namesASecret(key)) {
                throw new InvalidAuditValueException(
                        field,
                        Reason.NAMES_A_SECRET,
                        "the key names a secret (PIN, PUK, CIP, password, key...); secrets never go in the audit"
                                + " trail");
            }
            if (entries.containsKey(key)) {
                throw new InvalidAuditValueException(field, Reason.DUPLICATE, "the key was given twice");
            }
            if (entries.size() == MAX_ENTRIES) {
                throw new InvalidAuditValueException(
                        "details", Reason.TOO_MANY, "at most " + MAX_ENTRIES + " entries allowed");
            }
            AuditText.textAllowingEmpty(field, value, MAX_VALUE_LENGTH);
            int bytes = utf8Length(value);
            if (valueBytes + bytes > MAX_TOTAL_VALUE_BYTES) {
                throw new InvalidAuditValueException(
                        field,
                        Reason.TOO_LONG,
                        "all values together would take " + (valueBytes + bytes) + " UTF-8 bytes; at most "
                                + MAX_TOTAL_VALUE_BYTES + " allowed");
            }
            entries.put(key, value);
            valueBytes += bytes;
            return this;
        }

        /**
         * Adds a number, written in decimal.
         *
         * @param key   the key, as for {@link #put(String, String)}
         * @param value the number
         * @return this builder
         * @throws InvalidAuditValueException as for {@link #put(String, String)}
         */
        public Builder put(String key, long value) {
            return put(key, Long.toString(value));
        }

        /**
         * Adds a flag, written {@code true} or {@code false}.
         *
         * @param key   the key, as for {@link #put(String, String)}
         * @param value the flag
         * @return this builder
         * @throws InvalidAuditValueException as for {@link #put(String, String)}
         */
        public Builder put(String key, boolean value) {
            return put(key, Boolean.toString(value));
        }

        /**
         * Returns the details collected so far; the builder may go on being used.
         *
         * @return the details
         */
        public AuditDetails build() {
            return entries.isEmpty() ? EMPTY : new AuditDetails(new TreeMap<>(entries));
        }
    }
}
