package io.tscns.core.secret;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a Card Management System delivers each code in two parts (<i>consegna dei codici in due parti</i>): how many
 * leading characters go on the counter receipt and how many are sent by e-mail or SMS, per kind of code
 * ({@code docs/cms.md §2.2}: regions differ, so this is a policy, not a constant).
 *
 * <p>{@link #MEF_SOGEI} is the practice of the MEF/Sogei CMS: PIN 5 = 2 + 3, PUK 8 = 2 + 6 ({@code docs/card.md §8},
 * Lombardy). The sources say the CIP is split too (Tuscany operating manual v2.0, §9.1.4: "una prima parte dei codici
 * PIN PUK e CIP") but not how; 2 + 6 over the 8-digit {@linkplain CodeFormat#DEFAULT_CIP default CIP} is our
 * choice, mirroring the PUK.
 *
 * <h2>Recombination and its limits</h2>
 * {@code recombine…} joins the two parts the holder received and checks them:
 * <ul>
 *   <li><b>short, long, bad character</b>: each half must have exactly the length the policy gives it and only
 *       characters of the format's alphabet; every problem is reported at once, by half and position, never with
 *       the characters themselves;</li>
 *   <li><b>swapped, by length</b>: when the two halves have different lengths (2 + 3, 2 + 6), a counter half with
 *       the remote half's length together with a remote half with the counter half's length is reported as
 *       {@link SplitProblem.HalvesSwapped} rather than as two wrong lengths;</li>
 *   <li><b>swapped, by reference</b>: when the halves have equal lengths (a 4 + 4 CIP), a swap gives a well-formed
 *       code and the halves alone cannot show it. Given a {@link CodeReference} (what the issuer knows), the
 *       recombiner tries the given order, then the swapped one, and reports the swap if only the latter
 *       matches;</li>
 *   <li><b>wrong half</b>: the sources give the codes no check digit, so any digits of the right length form a valid
 *       code: a mistyped digit, or the PUK's counter half typed in place of the PIN's (both 2 digits), cannot be told
 *       from the right half by shape. Only a {@link CodeReference} detects it
 *       ({@link SplitProblem.DoesNotMatchIssuedCode}), and it deliberately does not say which half is wrong.
 *       Without a reference the first party to notice is the card, which spends one of the three PIN tries.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pin the rule for the PIN; its total must be 5 to 8
 * @param puk the rule for the PUK; its total must be 8
 * @param cip the rule for the CIP; its total is checked against the CIP's format when a CIP is split or recombined
 * @since 0.1.0
 */
public record SplitPolicy(SplitRule pin, SplitRule puk, SplitRule cip) {

    /** The MEF/Sogei practice: PIN 2 + 3, PUK 2 + 6, and (our choice) CIP 2 + 6. */
    public static final SplitPolicy MEF_SOGEI =
            new SplitPolicy(new SplitRule(2, 3), new SplitRule(2, 6), new SplitRule(2, 6));

    /**
     * Checks that the PIN and PUK rules fit their formats.
     *
     * @throws SplitDeliveryException with {@link SplitProblem.RuleDoesNotFitFormat} if the PIN rule's total is not
     *                                5 to 8 or the PUK rule's total is not 8
     */
    public SplitPolicy {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(puk, "puk");
        Objects.requireNonNull(cip, "cip");
        requireFit(CodeKind.PIN, pin, CodeFormat.PIN);
        requireFit(CodeKind.PUK, puk, CodeFormat.PUK);
    }

    /**
     * Returns the rule for a kind of code.
     *
     * @param kind the kind
     * @return its rule
     */
    public SplitRule ruleFor(CodeKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PIN -> pin;
            case PUK -> puk;
            case CIP -> cip;
        };
    }

    /**
     * Returns a policy with one rule replaced, for example a region's CIP split.
     *
     * @param kind the kind whose rule changes
     * @param rule the new rule
     * @return the new policy
     * @throws SplitDeliveryException if the rule does not fit the PIN or PUK format
     */
    public SplitPolicy withRule(CodeKind kind, SplitRule rule) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PIN -> new SplitPolicy(rule, puk, cip);
            case PUK -> new SplitPolicy(pin, rule, cip);
            case CIP -> new SplitPolicy(pin, puk, rule);
        };
    }

    /**
     * Splits a code into the half printed at the counter (its leading characters) and the half sent remotely (the
     * rest). The code itself is left intact; the caller destroys it, and the halves, when done.
     *
     * @param code the code to split
     * @return the two halves
     * @throws SplitDeliveryException   if the rule does not fit the code's format or the code's length
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public SplitCode split(SecretCode code) {
        Objects.requireNonNull(code, "code");
        CodeKind kind = code.kind();
        SplitRule rule = ruleFor(kind);
        requireFit(kind, rule, code.format());
        byte[] all = code.toAsciiBytes();
        try {
            if (all.length != rule.totalLength()) {
                throw new SplitDeliveryException(kind, List.of(new SplitProblem.CodeDoesNotFitRule(kind, rule)));
            }
            byte[] counter = Arrays.copyOfRange(all, 0, rule.counterLength());
            byte[] remote = Arrays.copyOfRange(all, rule.counterLength(), all.length);
            return new SplitCode(
                    new CounterHalf(kind, code.format(), counter), new RemoteHalf(kind, code.format(), remote));
        } finally {
            Arrays.fill(all, (byte) 0);
        }
    }

    /**
     * Recombines a PIN from the two parts the holder received. The caller keeps its arrays and should wipe them.
     *
     * @param counterPart the characters from the counter receipt
     * @param remotePart  the characters from the e-mail or SMS
     * @return the PIN
     * @throws SplitDeliveryException listing every problem (length, characters, swap)
     */
    public Pin recombinePin(char[] counterPart, char[] remotePart) {
        return (Pin) recombineChars(CodeKind.PIN, CodeFormat.PIN, counterPart, remotePart);
    }

    /**
     * Recombines a PUK from the two parts the holder received. The caller keeps its arrays and should wipe them.
     *
     * @param counterPart the characters from the counter receipt
     * @param remotePart  the characters from the e-mail or SMS
     * @return the PUK
     * @throws SplitDeliveryException listing every problem (length, characters, swap)
     */
    public Puk recombinePuk(char[] counterPart, char[] remotePart) {
        return (Puk) recombineChars(CodeKind.PUK, CodeFormat.PUK, counterPart, remotePart);
    }

    /**
     * Recombines a CIP from the two parts the holder received. The caller keeps its arrays and should wipe them.
     *
     * @param counterPart the characters from the counter receipt
     * @param remotePart  the characters from the e-mail or SMS
     * @param format      the issuer's CIP format
     * @return the CIP
     * @throws SplitDeliveryException listing every problem (rule not fitting the format, length, characters, swap)
     */
    public Cip recombineCip(char[] counterPart, char[] remotePart, CodeFormat format) {
        return (Cip) recombineChars(CodeKind.CIP, Objects.requireNonNull(format, "format"), counterPart, remotePart);
    }

    /**
     * Recombines two halves made by {@link #split(SecretCode)}, for example after they travelled separately inside
     * one process. The halves are left intact; the caller destroys them.
     *
     * @param counterHalf the counter half
     * @param remoteHalf  the remote half
     * @return the code, of the halves' kind
     * @throws SplitDeliveryException   if the halves are of different kinds or formats, or do not fit this policy
     * @throws SecretDestroyedException if a half has been destroyed
     */
    public SecretCode recombine(CounterHalf counterHalf, RemoteHalf remoteHalf) {
        Objects.requireNonNull(counterHalf, "counterHalf");
        Objects.requireNonNull(remoteHalf, "remoteHalf");
        if (counterHalf.kind() != remoteHalf.kind() || !counterHalf.format().equals(remoteHalf.format())) {
            throw new SplitDeliveryException(
                    counterHalf.kind(),
                    List.of(new SplitProblem.HalvesDoNotBelongTogether(counterHalf.kind(), remoteHalf.kind())));
        }
        char[] counter = counterHalf.reveal();
        char[] remote = remoteHalf.reveal();
        try {
            return recombineChars(counterHalf.kind(), counterHalf.format(), counter, remote);
        } finally {
            Arrays.fill(counter, '\0');
            Arrays.fill(remote, '\0');
        }
    }

    /**
     * Recombines a code and checks it against what the issuer knows: the path of an issuer that verifies a code
     * read out or typed by the holder. Besides the checks of shape, this detects a wrong half and a swap of two
     * halves of equal length (see the class comment).
     *
     * @param kind        the kind of code
     * @param format      its format; for a PIN or PUK it must be {@link CodeFormat#PIN} or {@link CodeFormat#PUK}
     * @param counterPart the characters from the counter receipt
     * @param remotePart  the characters from the e-mail or SMS
     * @param reference   what the issuer knows about the code
     * @return the code, which matches the reference
     * @throws SplitDeliveryException              listing every problem of shape, or
     *                                             {@link SplitProblem.HalvesSwapped} or
     *                                             {@link SplitProblem.DoesNotMatchIssuedCode}
     * @throws InvalidSecretConfigurationException if a PIN or PUK is asked for with another format
     */
    public SecretCode recombine(
            CodeKind kind,
            CodeFormat format,
            CharSequence counterPart,
            CharSequence remotePart,
            CodeReference reference) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reference, "reference");
        if (kind != CodeKind.CIP && !format.equals(CodeFormat.defaultFor(kind))) {
            throw new InvalidSecretConfigurationException(new SecretConfigurationProblem.FixedFormat(kind));
        }
        SecretCode code = Recombiner.join(kind, format, ruleFor(kind), counterPart, remotePart);
        return Recombiner.confirm(code, ruleFor(kind), reference);
    }

    private SecretCode recombineChars(CodeKind kind, CodeFormat format, char[] counterPart, char[] remotePart) {
        Objects.requireNonNull(counterPart, "counterPart");
        Objects.requireNonNull(remotePart, "remotePart");
        return Recombiner.join(kind, format, ruleFor(kind), CharBuffer.wrap(counterPart), CharBuffer.wrap(remotePart));
    }

    /** Throws if the rule's total length is not one the format allows. */
    static void requireFit(CodeKind kind, SplitRule rule, CodeFormat format) {
        if (!format.allowsLength(rule.totalLength())) {
            throw new SplitDeliveryException(
                    kind,
                    List.of(new SplitProblem.RuleDoesNotFitFormat(kind, rule, format.minLength(), format.maxLength())));
        }
    }
}
