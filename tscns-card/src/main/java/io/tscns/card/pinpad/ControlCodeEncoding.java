package io.tscns.card.pinpad;

import java.util.Locale;

/**
 * How a PC/SC implementation builds a control code from a function number ({@code SCARD_CTL_CODE}), a platform
 * fact kept as data ({@code docs/pcsc.md §10}): pcsc-lite (Linux, macOS) adds {@code 0x42000000}; Windows uses the
 * device-I/O-control layout, device type {@code 0x31} in the high word and the function shifted left by two.
 *
 * @since 0.1.0
 */
public enum ControlCodeEncoding {
    /** pcsc-lite: {@code 0x42000000 + function}. */
    PCSC_LITE(0x42000000, 0),
    /** Windows WinSCard: {@code (0x31 << 16) | (function << 2)}. */
    WINDOWS(0x31 << 16, 2);

    /** The function number of {@code CM_IOCTL_GET_FEATURE_REQUEST}, which asks a reader for its features. */
    public static final int GET_FEATURE_REQUEST_FUNCTION = 3400;

    private final int base;
    private final int shift;

    ControlCodeEncoding(int base, int shift) {
        this.base = base;
        this.shift = shift;
    }

    /**
     * Encodes a function number.
     *
     * @param function the function number, e.g. {@value #GET_FEATURE_REQUEST_FUNCTION}
     * @return the control code to pass to {@link ReaderControl#control(int, byte[])}
     */
    public int controlCode(int function) {
        return base | (function << shift);
    }

    /**
     * Returns the control code of {@code CM_IOCTL_GET_FEATURE_REQUEST}.
     *
     * @return {@code 0x42000D48} for pcsc-lite, {@code 0x00313520} for Windows
     */
    public int getFeatureRequest() {
        return controlCode(GET_FEATURE_REQUEST_FUNCTION);
    }

    /**
     * Returns the encoding of the PC/SC layer on an operating system.
     *
     * @param osName the value of the {@code os.name} system property
     * @return {@link #WINDOWS} on Windows, {@link #PCSC_LITE} elsewhere
     */
    public static ControlCodeEncoding forOperatingSystem(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? WINDOWS : PCSC_LITE;
    }
}
