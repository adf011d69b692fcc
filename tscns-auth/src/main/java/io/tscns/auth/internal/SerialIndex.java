package io.tscns.auth.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The compact in-memory index of a CRL's entries: serial numbers of up to 128 bits as two parallel {@code long}
 * arrays, revocation dates as epoch seconds in a third, reason codes in a {@code byte} array, invalidity dates in a
 * fourth array created only if some entry has one, and an open-addressing hash table of {@code int} positions. A
 * million entries take about 33 MB and no object per entry. Serial numbers outside that range (negative, or longer
 * than 16 octets, both non-conforming but seen in the wild) go to a small map.
 *
 * <p>Immutable once built, so lookups are thread-safe.
 */
public final class SerialIndex {

    /** Reason byte meaning "no reasonCode extension". */
    public static final byte NO_REASON = -1;
    /** Date value meaning "no invalidityDate extension". */
    public static final long NO_DATE = Long.MIN_VALUE;
    /** The reason code removeFromCRL (RFC 5280 §5.3.1). */
    public static final byte REMOVE_FROM_CRL = 8;
    /** An index position meaning "not listed". */
    public static final int ABSENT = -1;

    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private final long[] high;
    private final long[] low;
    private final long[] dates;
    private final byte[] reasons;
    private final long[] invalidity;
    private final int[] table;
    private final int shift;
    private final Map<BigInteger, Integer> wide;
    private final BigInteger[] wideSerials;
    private final int size;

    private SerialIndex(Builder b) {
        int n = b.count;
        this.high = trim(b.high, n);
        this.low = trim(b.low, n);
        this.dates = trim(b.dates, n);
        this.reasons = b.reasons.length == n ? b.reasons : Arrays.copyOf(b.reasons, n);
        this.invalidity = b.invalidity == null ? null : trim(b.invalidity, n);
        this.wide = Map.copyOf(b.wide);
        this.wideSerials = b.wideSerials;
        int capacity = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        this.table = new int[capacity];
        this.shift = Long.numberOfLeadingZeros(capacity - 1L);
        int distinct = 0;
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            if (wideSerials != null && wideSerials[i] != null) {
                continue;
            }
            int slot = slot(high[i], low[i]);
            while (true) {
                int held = table[slot];
                if (held == 0) {
                    table[slot] = i + 1;
                    distinct++;
                    break;
                }
                if (high[held - 1] == high[i] && low[held - 1] == low[i]) {
                    table[slot] = i + 1; // a repeated serial: the later entry wins
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        this.size = distinct + wide.size();
    }

    private static long[] trim(long[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }

    private int slot(long hi, long lo) {
        return (int) (((lo ^ (hi * GOLDEN)) * GOLDEN) >>> shift);
    }

    /**
     * Returns the number of distinct serial numbers.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Finds a serial number.
     *
     * @param serial the serial number
     * @return its position, or {@link #ABSENT}
     */
    public int find(BigInteger serial) {
        if (serial.signum() >= 0 && serial.bitLength() <= 128) {
            long lo = serial.longValue();
            long hi = serial.bitLength() < 64 ? 0 : serial.shiftRight(64).longValue();
            return find(hi, lo);
        }
        Integer position = wide.get(serial);
        return position == null ? ABSENT : position;
    }

    /**
     * Finds a non-negative serial number of up to 128 bits.
     *
     * @param hi the high 64 bits
     * @param lo the low 64 bits
     * @return its position, or {@link #ABSENT}
     */
    public int find(long hi, long lo) {
        int mask = table.length - 1;
        int slot = slot(hi, lo);
        while (true) {
            int held = table[slot];
            if (held == 0) {
                return ABSENT;
            }
            if (low[held - 1] == lo && high[held - 1] == hi) {
                return held - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Returns the serial number at a position.
     *
     * @param position a position {@link #find} returned
     * @return the serial number
     */
    public BigInteger serial(int position) {
        if (wideSerials != null && wideSerials[position] != null) {
            return wideSerials[position];
        }
        BigInteger hi = BigInteger.valueOf(high[position]);
        if (high[position] < 0) {
            hi = hi.add(BigInteger.ONE.shiftLeft(64));
        }
        BigInteger lo = BigInteger.valueOf(low[position] >>> 1).shiftLeft(1).or(BigInteger.valueOf(low[position] & 1));
        return hi.shiftLeft(64).or(lo);
    }

    /**
     * Returns the revocation date at a position.
     *
     * @param position a position
     * @return epoch seconds
     */
    public long date(int position) {
        return dates[position];
    }

    /**
     * Returns the reason code at a position.
     *
     * @param position a position
     * @return the RFC 5280 code, or {@link #NO_REASON}
     */
    public byte reason(int position) {
        return reasons[position];
    }

    /**
     * Returns the invalidity date at a position.
     *
     * @param position a position
     * @return epoch seconds, or {@link #NO_DATE}
     */
    public long invalidityDate(int position) {
        return invalidity == null ? NO_DATE : invalidity[position];
    }

    /** Collects entries in CRL order. Not thread-safe. */
    public static final class Builder {
        private static final int INITIAL = 1 << 12;
        private long[] high = new long[INITIAL];
        private long[] low = new long[INITIAL];
        private long[] dates = new long[INITIAL];
        private byte[] reasons = new byte[INITIAL];
        private long[] invalidity;
        private final Map<BigInteger, Integer> wide = new HashMap<>();
        private BigInteger[] wideSerials;
        private int count;
        private boolean removals;

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Returns the number of entries added.
         *
         * @return the count
         */
        public int count() {
            return count;
        }

        /**
         * Tells whether an entry has the reason removeFromCRL, which only a delta CRL may carry.
         *
         * @return {@code true} if one does
         */
        public boolean hasRemovals() {
            return removals;
        }

        /**
         * Adds an entry whose serial is given as DER INTEGER content octets.
         *
         * @param buf            the bytes
         * @param from           the first content octet
         * @param length         the number of content octets (already checked to be minimal)
         * @param date           the revocation date, epoch seconds
         * @param reason         the reason code or {@link #NO_REASON}
         * @param invalidityDate the invalidity date or {@link #NO_DATE}
         */
        public void add(byte[] buf, int from, int length, long date, byte reason, long invalidityDate) {
            if (count == high.length) {
                grow();
            }
            int i = count++;
            dates[i] = date;
            reasons[i] = reason;
            removals |= reason == REMOVE_FROM_CRL;
            if (invalidityDate != NO_DATE) {
                if (invalidity == null) {
                    invalidity = new long[high.length];
                    Arrays.fill(invalidity, NO_DATE);
                }
                invalidity[i] = invalidityDate;
            } else if (invalidity != null) {
                invalidity[i] = NO_DATE;
            }
            int start = from;
            int n = length;
            if (buf[from] == 0 && length > 1) {
                start++;
                n--;
            }
            if (buf[from] < 0 || n > 16) {
                BigInteger serial = new BigInteger(buf, from, length);
                if (wideSerials == null) {
                    wideSerials = new BigInteger[high.length];
                }
                wideSerials[i] = serial;
                wide.put(serial, i);
                return;
            }
            long lo = 0;
            long hi = 0;
            int lowStart = Math.max(start, start + n - 8);
            for (int k = start; k < lowStart; k++) {
                hi = (hi << 8) | (buf[k] & 0xFF);
            }
            for (int k = lowStart; k < start + n; k++) {
                lo = (lo << 8) | (buf[k] & 0xFF);
            }
            high[i] = hi;
            low[i] = lo;
        }

        private void grow() {
            int capacity = high.length * 2;
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            dates = Arrays.copyOf(dates, capacity);
            reasons = Arrays.copyOf(reasons, capacity);
            if (invalidity != null) {
                int old = invalidity.length;
                invalidity = Arrays.copyOf(invalidity, capacity);
                Arrays.fill(invalidity, old, capacity, NO_DATE);
            }
            if (wideSerials != null) {
                wideSerials = Arrays.copyOf(wideSerials, capacity);
            }
        }

        /**
         * Builds the index.
         *
         * @return the index
         */
        public SerialIndex build() {
            return new SerialIndex(this);
        }
    }
}
