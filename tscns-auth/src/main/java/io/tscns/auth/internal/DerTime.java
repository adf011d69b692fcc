package io.tscns.auth.internal;

/**
 * Decodes the two X.509 time types without allocating (RFC 5280 §4.1.2.5): UTCTime {@code YYMMDDHHMMSSZ}, years
 * 50–99 meaning 19xx and 00–49 meaning 20xx, and GeneralizedTime {@code YYYYMMDDHHMMSSZ}; both in UTC with seconds
 * and without fractions, as DER and RFC 5280 require.
 */
public final class DerTime {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private DerTime() {}

    /**
     * Decodes a time element's content.
     *
     * @param tag    {@link Der#UTC_TIME} or {@link Der#GENERALIZED_TIME}
     * @param buf    the bytes
     * @param from   the first content octet
     * @param length the number of content octets
     * @param offset the absolute offset, for messages
     * @return seconds since 1970-01-01T00:00:00Z
     * @throws DerException if the form or a field is invalid
     */
    public static long epochSecond(int tag, byte[] buf, int from, int length, long offset) {
        int year;
        int p;
        if (tag == Der.UTC_TIME) {
            if (length != 13) {
                throw DerException.malformed(offset, "UTCTime of " + length + " characters; expected YYMMDDHHMMSSZ");
            }
            int yy = twoDigits(buf, from, offset);
            year = yy < 50 ? 2000 + yy : 1900 + yy;
            p = from + 2;
        } else if (tag == Der.GENERALIZED_TIME) {
            if (length != 15) {
                throw DerException.malformed(
                        offset, "GeneralizedTime of " + length + " characters; expected YYYYMMDDHHMMSSZ");
            }
            year = twoDigits(buf, from, offset) * 100 + twoDigits(buf, from + 2, offset);
            p = from + 4;
        } else {
            throw DerException.malformed(
                    offset, String.format("time has tag %02X; expected UTCTime or " + "GeneralizedTime", tag));
        }
        int month = twoDigits(buf, p, offset);
        int day = twoDigits(buf, p + 2, offset);
        int hour = twoDigits(buf, p + 4, offset);
        int minute = twoDigits(buf, p + 6, offset);
        int second = twoDigits(buf, p + 8, offset);
        if (buf[p + 10] != 'Z') {
            throw DerException.malformed(offset, "time does not end in Z (UTC)");
        }
        if (month < 1
                || month > 12
                || day < 1
                || day > DAYS_IN_MONTH[month - 1]
                || (month == 2 && day == 29 && !isLeap(year))
                || hour > 23
                || minute > 59
                || second > 59) {
            throw DerException.malformed(offset, "time names no real instant");
        }
        return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    }

    private static int twoDigits(byte[] buf, int at, long offset) {
        int high = buf[at] - '0';
        int low = buf[at + 1] - '0';
        if (high < 0 || high > 9 || low < 0 || low > 9) {
            throw DerException.malformed(offset, "time has a non-digit where a digit belongs");
        }
        return high * 10 + low;
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
