package io.tscns.cms.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. A value that is
 * neither, negative, or absurdly long (over a day) is ignored, so the client falls back to its own backoff.
 */
final class RetryAfter {

    private static final long MAX_SECONDS = 86_400;

    private RetryAfter() {
    }

    /**
     * Parses the header.
     *
     * @param value the header's value, if present
     * @param now   the current time, for a date
     * @return the wait asked for (zero for a date already past), or empty if absent or unreadable
     */
    static Optional<Duration> parse(Optional<String> value, Instant now) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long seconds = Long.parseLong(text);
            return seconds <= MAX_SECONDS ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        }
        if (text.length() > 64) {
            return Optional.empty();
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            if (wait.isNegative()) {
                return Optional.of(Duration.ZERO);
            }
            return wait.getSeconds() <= MAX_SECONDS ? Optional.of(wait) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
