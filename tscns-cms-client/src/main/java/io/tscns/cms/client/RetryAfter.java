package io.tscns.cms.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. A value that is
 * neither is ignored, so the client falls back to its own backoff; how long is too long to wait is the
 * {@link RetryPolicy}'s call, not this parser's.
 */
final class RetryAfter {

    /** Digits read as seconds: ten are over 300 years, and cannot overflow a {@code long}. */
    private static final int MAX_DIGITS = 10;
    /** Longest HTTP date read ({@code "Wednesday, 30 September 2026 10:00:00 GMT"} is 41 characters). */
    private static final int MAX_DATE = 64;

    private RetryAfter() {}

    /**
     * Parses the header.
     *
     * @param value the header's value, if present
     * @param now   the current time, for a date
     * @return the wait asked for (zero for a date already past), or empty if absent or unreadable; a value of more
     *         than {@value #MAX_DIGITS} digits reads as the longest wait those digits can write
     */
    static Optional<Duration> parse(Optional<String> value, Instant now) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(
                    Duration.ofSeconds(Long.parseLong(text.length() <= MAX_DIGITS ? text : "9".repeat(MAX_DIGITS))));
        }
        if (text.length() > MAX_DATE) {
            return Optional.empty();
        }
        try {
            Duration wait = Duration.between(
                    now,
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
