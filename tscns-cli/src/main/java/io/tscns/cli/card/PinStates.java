package io.tscns.cli.card;

import io.tscns.card.CnsCard;
import io.tscns.card.error.StatusWords;
import io.tscns.card.pin.PinStatus;
import io.tscns.cli.internal.Report;
import java.util.Locale;
import java.util.Optional;

/**
 * The PIN's and the PUK's state as data (<i>stato di PIN e PUK</i>), read with VERIFY without data, which spends no
 * try ({@code docs/card.md §4.3}): tries left as numbers, blocked and verified as booleans, {@code null} where the
 * card does not say. {@code pin status} prints it; every PIN operation adds it to its JSON; a blocked PIN's message
 * gives the PUK's tries left from it.
 *
 * @param pin the PIN's state
 * @param puk the PUK's state
 */
record PinStates(PinStatus pin, PinStatus puk) {

    /** The version of the JSON documents of {@code pin status} and the PIN operations; see {@code pin-v1.schema.json}. */
    static final int SCHEMA_VERSION = 1;

    /**
     * Asks the card, without spending a try.
     *
     * @param card the card
     * @return the states
     */
    static PinStates read(CnsCard card) {
        return new PinStates(card.pinStatus(), card.pukStatus());
    }

    /**
     * Adds the states to a report: {@code pinTriesLeft}, {@code pinBlocked}, {@code pinVerified},
     * {@code pukTriesLeft}, {@code pukBlocked}, and the status word of a code whose state the card did not report.
     *
     * @param report the report
     * @return the report
     */
    Report addTo(Report report) {
        add(report, "pin", "PIN", pin);
        report.put("pinVerified", "PIN verified", reported(pin).map(s -> s instanceof PinStatus.Verified));
        add(report, "puk", "PUK", puk);
        return report;
    }

    /**
     * Returns the PUK's tries left, as a phrase for the message of a blocked PIN (whose PUK is not blocked).
     *
     * @return for example {@code "10 PUK tries left"}
     */
    String pukPhrase() {
        return triesLeft(puk)
                .map(n -> n + (n == 1 ? " PUK try" : " PUK tries") + " left")
                .orElse("the card does not say how many PUK tries are left");
    }

    private static void add(Report report, String key, String name, PinStatus status) {
        report.put(key + "TriesLeft", name + " tries left", triesLeft(status))
                .put(key + "Blocked", name + " blocked", reported(status).map(s -> s instanceof PinStatus.Blocked));
        if (status instanceof PinStatus.NotReported notReported) {
            report.put(
                    key + "NotReported",
                    name + " state not reported by the card",
                    String.format(
                            Locale.ROOT,
                            "SW %04X: %s",
                            notReported.statusWord(),
                            StatusWords.describe(notReported.statusWord())));
        }
    }

    private static Optional<PinStatus> reported(PinStatus status) {
        return status instanceof PinStatus.NotReported ? Optional.empty() : Optional.of(status);
    }

    private static Optional<Integer> triesLeft(PinStatus status) {
        if (status instanceof PinStatus.Blocked) {
            return Optional.of(0);
        }
        if (status instanceof PinStatus.NotVerified notVerified
                && notVerified.triesLeft().isPresent()) {
            return Optional.of(notVerified.triesLeft().getAsInt());
        }
        return Optional.empty();
    }
}
