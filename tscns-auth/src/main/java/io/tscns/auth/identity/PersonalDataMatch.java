package io.tscns.auth.identity;

import io.tscns.core.personaldata.PersonalDataFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The result of checking a certificate's CN hash against the card's EF.Dati_personali (<i>verifica dell'hash dei
 * dati personali</i>), when the card is at hand. Which bytes real cards hash is not documented: the text without
 * padding and the whole file are both tried, and the result says which one matched ({@code docs/card.md §6}; an
 * inference, not a specification).
 *
 * @since 0.1.0
 */
public sealed interface PersonalDataMatch {

    /** The digest is the SHA-1 of the file's text, without padding. */
    record MatchesText() implements PersonalDataMatch {}

    /** The digest is the SHA-1 of the whole file, padding included. */
    record MatchesWholeFile() implements PersonalDataMatch {}

    /** The digest matches neither: the card and the certificate disagree. */
    record Mismatch() implements PersonalDataMatch {}

    /**
     * Compares, in constant time, the CN's digest with the SHA-1 of the file's text and of the whole file.
     *
     * @param commonName the certificate's CN
     * @param file       the card's EF.Dati_personali
     * @return which bytes matched, or a mismatch
     */
    static PersonalDataMatch check(CnsCommonName commonName, PersonalDataFile file) {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(file, "file");
        byte[] expected = commonName.personalDataDigest();
        if (MessageDigest.isEqual(expected, sha1(file.text()))) {
            return new MatchesText();
        }
        if (MessageDigest.isEqual(expected, sha1(file.encode()))) {
            return new MatchesWholeFile();
        }
        return new Mismatch();
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
