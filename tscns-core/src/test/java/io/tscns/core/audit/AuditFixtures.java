package io.tscns.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Keys, records, chains and exports for the audit tests, and jqwik arbitraries that cover the awkward corners of the
 * encoding: every escaping class of character, supplementary code points, empty and absent fields, roll-over of the
 * sealing key in the middle of a chain.
 */
final class AuditFixtures {

    static final byte[] KEY_1_MATERIAL = filled(32, 0x11);
    static final byte[] KEY_2_MATERIAL = filled(48, 0x5A);

    private AuditFixtures() {}

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static AuditKey key1() {
        return AuditKey.of("k1", KEY_1_MATERIAL);
    }

    static AuditKey key2() {
        return AuditKey.of("k2", KEY_2_MATERIAL);
    }

    /** A ring holding both test keys (fresh instances, so closing it does not affect other tests). */
    static AuditKeyRing ring() {
        return AuditKeyRing.of(key1(), key2());
    }

    static AuditVerifier verifier() {
        return new AuditVerifier(ring());
    }

    static AuditRecord record(String operator, int n) {
        return AuditRecord.builder(
                        operator,
                        Instant.parse("2026-03-01T10:15:30Z").plusSeconds(n),
                        "CARD_ACTIVATION",
                        AuditOutcome.succeeded())
                .cardId("80380001100012345678")
                .codiceFiscale("RSSMRA80A01H501U")
                .requestId("req-" + n)
                .details(
                        AuditDetails.builder().put("mode", "DIRECT").put("n", n).build())
                .build();
    }

    /**
     * A chain from genesis: the first {@code rolloverAt} records sealed with key k1, the rest with k2 after a resume
     * from the head reached (a key roll-over across a restart).
     */
    static List<AuditEntry> chain(List<AuditRecord> records, int rolloverAt) {
        AuditChain first = AuditChain.start(new AuditSealer(key1()));
        int split = Math.min(rolloverAt, records.size());
        records.subList(0, split).forEach(first::append);
        AuditChain second = AuditChain.resume(first.head(), new AuditSealer(key2()));
        records.subList(split, records.size()).forEach(second::append);
        List<AuditEntry> all = new ArrayList<>(first.entries());
        all.addAll(second.entries());
        return all;
    }

    static byte[] export(AuditChainHead anchor, List<AuditEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AuditExport.write(out, anchor, entries, new AuditSealer(key2()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- arbitraries ------------------------------------------------------------------------------------------

    /** Code points from every class the export treats differently, never a lone surrogate. */
    static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x21, 0x7E)),
                Tuple.of(2, Arbitraries.of((int) ' ', (int) '%', (int) ',', (int) ':', (int) '=')),
                Tuple.of(2, Arbitraries.of(0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9F)),
                Tuple.of(3, Arbitraries.of(0xE0, 0xE8, 0xE9, 0xEC, 0xF2, 0xF9, 0xC0, 0x20AC)),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                0xA0, 0xAD, 0x200B, 0x200E, 0x2028, 0x202E, 0x2066, 0x3000, 0xFEFF, 0xFFFD, 0xFFFF,
                                0xE0041)),
                Tuple.of(2, Arbitraries.integers().between(0xA1, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    }

    static Arbitrary<String> text(int minCodePoints, int maxCodePoints) {
        return codePoints()
                .list()
                .ofMinSize(minCodePoints)
                .ofMaxSize(maxCodePoints)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    static Arbitrary<String> codes() {
        Arbitrary<Character> first =
                Arbitraries.chars().range('A', 'Z').range('a', 'z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars("._-")
                .ofMaxLength(20);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    static Arbitrary<String> detailKeys() {
        Arbitrary<String> part = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
        return Combinators.combine(first, part.list().ofMaxSize(2), Arbitraries.of(".", "_", "-"))
                .as((f, parts, sep) -> f + (parts.isEmpty() ? "" : sep + String.join(sep, parts)))
                .filter(k -> k.length() <= AuditDetails.MAX_KEY_LENGTH && !SecretKeyNames.namesASecret(k));
    }

    static Arbitrary<AuditDetails> details() {
        return Combinators.combine(detailKeys(), text(0, 12))
                .as(List::of)
                .list()
                .ofMaxSize(4)
                .map(pairs -> {
                    AuditDetails.Builder builder = AuditDetails.builder();
                    List<String> seen = new ArrayList<>();
                    for (List<String> pair : pairs) {
                        if (!seen.contains(pair.get(0))) {
                            seen.add(pair.get(0));
                            builder.put(pair.get(0), pair.get(1));
                        }
                    }
                    return builder.build();
                });
    }

    static Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Combinators.combine(
                        Arbitraries.longs()
                                .between(AuditRecord.EARLIEST.getEpochSecond(), AuditRecord.LATEST.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Instant> recent = Arbitraries.longs()
                .between(1_700_000_000_000L, 1_900_000_000_000L)
                .map(Instant::ofEpochMilli);
        return Arbitraries.oneOf(anywhere, recent);
    }

    static Arbitrary<AuditOutcome> outcomes() {
        return Arbitraries.oneOf(
                Arbitraries.just(AuditOutcome.succeeded()),
                codes().map(AuditOutcome::refused),
                codes().map(AuditOutcome::failed));
    }

    static Arbitrary<AuditRecord> records() {
        return Combinators.combine(
                        text(1, 16),
                        instants(),
                        codes(),
                        text(1, 20).optional(0.6),
                        text(1, 16).optional(0.6),
                        outcomes(),
                        text(1, 12).optional(0.7),
                        details())
                .as(AuditRecord::new);
    }

    /** Chains of 1 to 6 entries with the key roll-over anywhere (including never). */
    static Arbitrary<List<AuditEntry>> chains() {
        return Combinators.combine(
                        records().list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.integers().between(0, 7))
                .as(AuditFixtures::chain);
    }

    static Optional<AuditVerification.Broken> broken(AuditVerification verification) {
        return verification instanceof AuditVerification.Broken b ? Optional.of(b) : Optional.empty();
    }
}
