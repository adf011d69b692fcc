package io.tscns.cms.sandbox.internal.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The token of the sandbox's outbox capability (<i>token della casella di prova</i>): 32 random bytes, base64url,
 * kept in {@value #FILE} ({@code 0600}) in a data directory so that a restart keeps it, or drawn afresh in memory. It
 * opens {@code GET /cms/v1/outbox}, which no operator's credentials open. Stateless.
 */
final class OutboxToken {

    /** The file of the token in a data directory. */
    static final String FILE = "outbox.token";

    private OutboxToken() {}

    /**
     * Returns the token of a data directory, made on its first use, or a fresh one in memory.
     *
     * @param dataDirectory the data directory (it exists), or empty
     * @param random        the source of a new token
     * @return the token; the caller wipes it
     * @throws IOException if the file cannot be read or written
     */
    static char[] of(Optional<Path> dataDirectory, SecureRandom random) throws IOException {
        if (dataDirectory.isEmpty()) {
            return fresh(random);
        }
        Path file = dataDirectory.get().resolve(FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] text = PrivateFiles.read(file);
            try {
                return new String(text, StandardCharsets.US_ASCII).trim().toCharArray();
            } finally {
                Arrays.fill(text, (byte) 0);
            }
        }
        char[] token = fresh(random);
        byte[] text = new String(token).getBytes(StandardCharsets.US_ASCII);
        try {
            PrivateFiles.write(file, text);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
        return token;
    }

    private static char[] fresh(SecureRandom random) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
