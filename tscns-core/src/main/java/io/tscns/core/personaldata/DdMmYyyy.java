package io.tscns.core.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code DDMMYYYY} date format of the issue, expiry and birth dates ({@code docs/card.md §2.1}).
 */
final class DdMmYyyy {

    private static final int LENGTH = 8;

    private DdMmYyyy() {}

    /**
     * Reads a date.
     *
     * @param text the stored text
     * @return the date, or empty unless the text is exactly eight ASCII digits forming a real calendar date
     */
    static Optional<LocalDate> parse(String text) {
        return digits(text).flatMap(DdMmYyyy::date);
    }

    /**
     * Reads the day, month and year of a text of eight ASCII digits, whether or not they form a calendar date.
     *
     * @param text the stored text
     * @return {@code {day, month, year}}, or empty unless the text is exactly eight ASCII digits
     */
    static Optional<int[]> digits(String text) {
        if (text.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new int[] {
            Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 2, 4, 10), Integer.parseInt(text, 4, 8, 10)
        });
    }

    /**
     * Returns the calendar date of a day, month and year.
     *
     * @param dayMonthYear what {@link #digits(String)} read
     * @return the date, or empty if there is no such day
     */
    static Optional<LocalDate> date(int[] dayMonthYear) {
        try {
            return Optional.of(LocalDate.of(dayMonthYear[2], dayMonthYear[1], dayMonthYear[0]));
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
