package io.tscns.auth.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The compact in-memory index of a CRL's entries: serial numbers of up to 128 bits as pairs of {@code long}s in one
 * array, revocation dates as epoch seconds in a second, reason codes in a {@code byte} array, invalidity dates in a
 * third array created only if some entry has one, and an open-addressing hash table of {@code long} slots, each a
 * fingerprint and a position, so that a miss usually costs one memory access. A million entries take about 41 MB
 * and no object per entry. Serial numbers outside that range (negative, or longer
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

    /** Serial numbers: the high 64 bits at {@code 2i}, the low 64 bits at {@code 2i + 1}, in one cache line. */
    private final long[] keys;

    private final long[] dates;
    private final byte[] reasons;
    private final long[] invalidity;
    /** Open addressing: each slot holds a 32-bit fingerprint of the low bits and the position plus one. */
    private final long[] table;

    private final int shift;
    private final Map<BigInteger, Integer> wide;
    private final int size;

    private SerialIndex(Builder b) {
        int n = b.count;
        // The arrays grow by doubling; they are trimmed only when more than an eighth would be wasted.
        boolean trim = b.dates.length - n > b.dates.length / 8;
        this.keys = trim ? Arrays.copyOf(b.keys, 2 * n) : b.keys;
        this.dates = trim ? Arrays.copyOf(b.dates, n) : b.dates;
        this.reasons = trim ? Arrays.copyOf(b.reasons, n) : b.reasons;
        this.invalidity = b.invalidity == null || !trim ? b.invalidity : Arrays.copyOf(b.invalidity, n);
        this.wide = Map.copyOf(b.wide);
        int capacity = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        this.table = new long[capacity];
        this.shift = Long.numberOfLeadingZeros(capacity - 1L);
        int distinct = 0;
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            if (b.wideSerials != null && b.wideSerials[i] != null) {
                continue;
            }
            long hi = keys[2 * i];
            long lo = keys[2 * i + 1];
            long hash = hash(lo);
            long tag = fingerprint(hash);
            int slot = (int) (hash >>> shift);
            while (true) {
                long held = table[slot];
                if (held == 0) {
                    table[slot] = tag | (i + 1);
                    distinct++;
                    break;
                }
                int other = (int) held - 1;
                if (keys[2 * other + 1] == lo && keys[2 * other] == hi) {
                    table[slot] = tag | (i + 1); // a repeated serial: the later entry wins
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        this.size = distinct + wide.size();
    }

    private static long hash(long lo) {
        long h = lo * GOLDEN;
        return h ^ (h >>> 29);
    }

    private static long fingerprint(long hash) {
        return (hash * GOLDEN) & 0xFFFF_FFFF_0000_0000L;
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
     * Finds a serial number. Serials of up to 128 bits are found without allocating unless listed.
     *
     * @param serial the serial number
     * @return its position, or {@link #ABSENT}
     */
    public int find(BigInteger serial) {
        if (serial.signum() < 0 || serial.bitLength() > 128) {
            Integer position = wide.get(serial);
            return position == null ? ABSENT : position;
        }
        long lo = serial.longValue();
        long hash = hash(lo);
        long tag = fingerprint(hash);
        int mask = table.length - 1;
        int slot = (int) (hash >>> shift);
        while (true) {
            long held = table[slot];
            if (held == 0) {
                return ABSENT;
            }
            if ((held & 0xFFFF_FFFF_0000_0000L) == tag) {
                int position = (int) held - 1;
                if (keys[2 * position + 1] == lo) {
                    long hi =
                            serial.bitLength() <= 64 ? 0 : serial.shiftRight(64).longValue();
                    if (keys[2 * position] == hi) {
                        return position;
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
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
        private long[] keys = new long[2 * INITIAL];
        private long[] dates = new long[INITIAL];
        private byte[] reasons = new byte[INITIAL];
        private long[] invalidity;
        private final Map<BigInteger, Integer> wide = new HashMap<>();
        private BigInteger[] wideSerials;
        private int count;
        private boolean removals;

        private final int maxCapacity;

        /**
         * Creates an empty builder whose arrays never grow beyond room for {@code maxEntries + 1} entries: the parser
         * refuses a CRL at its first entry over the limit, so the memory spent before the refusal is what the limit
         * allows, not the next doubling (at the default 20,000,000 entries, doubling went to 33,554,432).
         *
         * @param maxEntries the most entries the CRL may have ({@code CrlLimits.maxEntries()}), at least 1
         */
        public Builder(int maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1");
            }
            this.maxCapacity = (int) Math.min(maxEntries + 1L, Integer.MAX_VALUE - 8);
        }

        /** The number of entries the arrays have room for now (for tests of the growth bound). */
        int capacity() {
            return dates.length;
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
            if (count == dates.length) {
                grow();
            }
            int i = count++;
            dates[i] = date;
            reasons[i] = reason;
            removals |= reason == REMOVE_FROM_CRL;
            if (invalidityDate != NO_DATE) {
                if (invalidity == null) {
                    invalidity = new long[dates.length];
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
                    wideSerials = new BigInteger[dates.length];
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
            keys[2 * i] = hi;
            keys[2 * i + 1] = lo;
        }

        private void grow() {
            if (dates.length >= maxCapacity) {
                throw new IllegalStateException("more than " + (maxCapacity - 1) + " entries added; the parser "
                        + "refuses the CRL at the first entry over its limit");
            }
            int capacity = (int) Math.min(dates.length * 2L, maxCapacity);
            keys = Arrays.copyOf(keys, 2 * capacity);
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
