package io.tscns.core.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code DDMMYYYY} date format of the issue, expiry and birth dates ({@code docs/card.md §2.1}).
 */
final class DdMmYyyy {

    private static final int LENGTH = 8;

    private DdMmYyyy() {
    }

    /**
     * Reads a date.
     *
     * @param text the stored text
     * @return the date, or empty unless the text is exactly eight ASCII digits forming a real calendar date
     */
    static Optional<LocalDate> parse(String text) {
        if (text.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        int day = Integer.parseInt(text, 0, 2, 10);
        int month = Integer.parseInt(text, 2, 4, 10);
        int year = Integer.parseInt(text, 4, 8, 10);
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a date.
     *
     * @param date a date in the years 0–9999
     * @return eight digits
     * @throws IllegalArgumentException if the year does not have four digits
     */
    static String format(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("a DDMMYYYY date needs a year from 0 to 9999, found " + year);
        }
        return String.format("%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), year);
    }
}
