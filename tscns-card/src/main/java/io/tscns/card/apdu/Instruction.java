package io.tscns.card.apdu;

import java.util.Optional;

/**
 * The command table of a CNS card (<i>comandi della CNS</i>): every ISO/IEC 7816-4 instruction this SDK sends, with
 * what its data means for logging.
 *
 * <p>The {@linkplain #commandDataSecret() secret-data} flag drives redaction <em>by construction</em>: the APDU
 * tracer and the scripted test transport look the INS byte of every command up here and never print the data of a
 * command whose instruction carries a PIN or PUK. The odd-INS variants (BER-TLV data, ISO/IEC 7816-4 §5.1.2) of
 * VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER are covered too. Byte values and usage follow
 * {@code docs/card.md §4.3}.
 *
 * @since 0.1.0
 */
public enum Instruction {

    /** SELECT (<i>selezione file</i>), INS A4. */
    SELECT(0xA4, false, false, false),
    /** READ BINARY (<i>lettura file trasparente</i>), INS B0 (B1 with an offset data object). */
    READ_BINARY(0xB0, true, false, false),
    /** VERIFY (<i>verifica del PIN</i>), INS 20 (21): the data is the PIN. */
    VERIFY(0x20, true, true, false),
    /** CHANGE REFERENCE DATA (<i>cambio PIN</i>), INS 24 (25): the data is the old and the new PIN. */
    CHANGE_REFERENCE_DATA(0x24, true, true, false),
    /** RESET RETRY COUNTER (<i>sblocco del PIN con il PUK</i>), INS 2C (2D): the data is the PUK and the new PIN. */
    RESET_RETRY_COUNTER(0x2C, true, true, false),
    /** MANAGE SECURITY ENVIRONMENT (<i>gestione dell'ambiente di sicurezza</i>), INS 22. */
    MANAGE_SECURITY_ENVIRONMENT(0x22, false, false, false),
    /**
     * PERFORM SECURITY OPERATION (<i>operazione di sicurezza</i>), INS 2A. The response of PSO DECIPHER
     * (P1 = 80, plain value out) is a decrypted value and is treated as secret; see {@link #responseDataSecret(int,
     * int)}.
     */
    PERFORM_SECURITY_OPERATION(0x2A, false, false, true),
    /** INTERNAL AUTHENTICATE (<i>autenticazione interna</i>), INS 88. */
    INTERNAL_AUTHENTICATE(0x88, false, false, false),
    /** GET CHALLENGE (<i>richiesta di un numero casuale</i>), INS 84. */
    GET_CHALLENGE(0x84, false, false, false),
    /** GET DATA (<i>lettura di un oggetto dati</i>), INS CA: the model check of an application-first card. */
    GET_DATA(0xCA, true, false, false),
    /** GET RESPONSE (<i>recupero della risposta</i>), INS C0, sent after SW 61xx. */
    GET_RESPONSE(0xC0, false, false, false);

    /** P1 of PSO whose output is a plain value: DECIPHER (ISO/IEC 7816-8). */
    private static final int PSO_PLAIN_VALUE_OUT = 0x80;

    private final int ins;
    private final boolean oddVariant;
    private final boolean commandDataSecret;
    private final boolean mayReturnSecret;

    Instruction(int ins, boolean oddVariant, boolean commandDataSecret, boolean mayReturnSecret) {
        this.ins = ins;
        this.oddVariant = oddVariant;
        this.commandDataSecret = commandDataSecret;
        this.mayReturnSecret = mayReturnSecret;
    }

    /**
     * Returns the instruction byte.
     *
     * @return INS, 0 to 255
     */
    public int ins() {
        return ins;
    }

    /**
     * Tells whether the command data of this instruction is a secret (PIN or PUK) that must never be logged.
     *
     * @return {@code true} for VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER
     */
    public boolean commandDataSecret() {
        return commandDataSecret;
    }

    /**
     * Finds the instruction of an INS byte; the odd INS of an instruction that has a BER-TLV variant (B1, 21, 25,
     * 2D) maps to its even partner.
     *
     * @param ins the INS byte, 0 to 255
     * @return the instruction, or empty for an INS this SDK does not send
     */
    public static Optional<Instruction> of(int ins) {
        for (Instruction instruction : values()) {
            if (instruction.ins == ins || instruction.oddVariant && instruction.ins == (ins & 0xFE)) {
                return Optional.of(instruction);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the data of a command with this INS byte must never be logged or shown.
     *
     * @param ins the INS byte
     * @return {@code true} when the command carries a PIN or PUK
     */
    public static boolean commandDataSecret(int ins) {
        return of(ins).map(Instruction::commandDataSecret).orElse(false);
    }

    /**
     * Tells whether the response data of a command must never be logged: the output of PSO DECIPHER is the
     * plaintext of whatever was encrypted for the card's key (for example a session key), and a tracer cannot
     * tell a decryption from the raw-RSA signature this SDK computes with the same command.
     *
     * @param ins the INS byte
     * @param p1  the P1 byte
     * @return {@code true} for PSO with a plain-value output
     */
    public static boolean responseDataSecret(int ins, int p1) {
        return of(ins).map(i -> i.mayReturnSecret).orElse(false) && p1 == PSO_PLAIN_VALUE_OUT;
    }
}
