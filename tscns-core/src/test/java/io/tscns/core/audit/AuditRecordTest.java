package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private static InvalidAuditValueException refused(Runnable build) {
        return assertThrows(InvalidAuditValueException.class, build::run);
    }

    @Test
    void aFailedAttemptWithAMalformedCodiceFiscaleCanBeRecorded() {
        AuditRecord record = AuditRecord.builder("op-1", AT, "CARD_IDENTIFICATION", AuditOutcome.refused("BAD_CF"))
                .codiceFiscale("RSSMRA80A01H50")
                .build();
        assertEquals(Optional.of("RSSMRA80A01H50"), record.codiceFiscale());
        assertEquals(Optional.empty(), record.cardId());
        assertEquals(AuditDetails.empty(), record.details());
    }

    @Test
    void everyFieldIsCheckedAndTheErrorNamesTheFieldWithoutEchoingTheValue() {
        String secretLooking = "operator \ud800 12345";
        InvalidAuditValueException e =
                refused(() -> AuditRecord.builder(secretLooking, AT, "OP", AuditOutcome.succeeded())
                        .build());
        assertEquals("operatorId", e.field());
        assertEquals(Reason.ILL_FORMED_UNICODE, e.reason());
        assertFalse(e.getMessage().contains("12345"));

        assertEquals(
                Reason.EMPTY,
                refused(() -> AuditRecord.builder("", AT, "OP", AuditOutcome.succeeded())
                                .build())
                        .reason());
        assertEquals(
                Reason.TOO_LONG,
                refused(() -> AuditRecord.builder("o".repeat(129), AT, "OP", AuditOutcome.succeeded())
                                .build())
                        .reason());
        assertEquals(
                "operation",
                refused(() -> AuditRecord.builder("o", AT, "CARD ACTIVATION", AuditOutcome.succeeded())
                                .build())
                        .field());
        assertEquals(
                "operation",
                refused(() -> AuditRecord.builder("o", AT, "-X", AuditOutcome.succeeded())
                                .build())
                        .field());
        assertEquals(
                "cardId",
                refused(() -> AuditRecord.builder("o", AT, "OP", AuditOutcome.succeeded())
                                .cardId("")
                                .build())
                        .field());
        assertEquals(
                "requestId",
                refused(() -> AuditRecord.builder("o", AT, "OP", AuditOutcome.succeeded())
                                .requestId("r".repeat(129))
                                .build())
                        .field());
        assertEquals(
                "instant",
                refused(() -> AuditRecord.builder(
                                        "o", Instant.parse("+10000-01-01T00:00:00Z"), "OP", AuditOutcome.succeeded())
                                .build())
                        .field());
        assertEquals(
                "outcome.reasonCode",
                refused(() -> AuditOutcome.refused("wrong cip")).field());
        assertEquals("outcome.errorCode", refused(() -> AuditOutcome.failed("")).field());
    }

    @Test
    void theBoundsAreInclusive() {
        AuditRecord record = AuditRecord.builder(
                        "o".repeat(AuditRecord.MAX_ID_LENGTH),
                        AuditRecord.LATEST,
                        "O".repeat(64),
                        AuditOutcome.failed("E".repeat(64)))
                .cardId("c".repeat(AuditRecord.MAX_SUBJECT_LENGTH))
                .codiceFiscale("f".repeat(AuditRecord.MAX_SUBJECT_LENGTH))
                .requestId("r".repeat(AuditRecord.MAX_ID_LENGTH))
                .build();
        assertEquals(AuditRecord.LATEST, record.instant());
        assertEquals(
                AuditRecord.EARLIEST,
                AuditRecord.builder("o", AuditRecord.EARLIEST, "OP", AuditOutcome.succeeded())
                        .build()
                        .instant());
    }

    @Test
    void detailsAreKeptInKeyOrderWhateverTheInsertionOrder() {
        AuditDetails a = AuditDetails.builder()
                .put("zeta", "1")
                .put("alpha", 2)
                .put("mid", true)
                .build();
        AuditDetails b = AuditDetails.builder()
                .put("mid", "true")
                .put("zeta", "1")
                .put("alpha", "2")
                .build();
        assertEquals(a, b);
        assertEquals("alpha:2,mid:true,zeta:1", a.toText());
        assertEquals(Optional.of("2"), a.get("alpha"));
    }

    @Test
    void detailsEnforceTheirBounds() {
        AuditDetails.Builder builder = AuditDetails.builder();
        for (int i = 0; i < AuditDetails.MAX_ENTRIES; i++) {
            builder.put("k" + i, "v");
        }
        assertEquals(
                Reason.TOO_MANY, refused(() -> builder.put("one-more", "v")).reason());
        assertEquals(Reason.DUPLICATE, refused(() -> builder.put("k0", "v")).reason());
        assertEquals(
                Reason.TOO_LONG,
                refused(() -> AuditDetails.builder().put("long", "x".repeat(AuditDetails.MAX_VALUE_LENGTH + 1)))
                        .reason());
        AuditDetails.Builder heavy = AuditDetails.builder();
        for (int i = 0; i < 8; i++) {
            heavy.put("v" + i, "\u20ac".repeat(341)); // 1023 UTF-8 bytes each
        }
        assertEquals(
                Reason.TOO_LONG,
                refused(() -> heavy.put("v8", "\u20ac".repeat(341))).reason());
        for (String bad : new String[] {"", "Mode", "9lives", "a..b", "a_", "a b", "a:b", "k".repeat(65)}) {
            assertEquals(
                    Reason.SYNTAX,
                    refused(() -> AuditDetails.builder().put(bad, "v")).reason(),
                    bad);
        }
    }

    @Test
    void detailsTextIsStrict() {
        assertEquals(
                Reason.NOT_CANONICAL,
                refused(() -> AuditDetails.parse("b:1,a:2")).reason());
        assertEquals(
                Reason.NOT_CANONICAL, refused(() -> AuditDetails.parse("a:%41")).reason());
        assertEquals(
                Reason.NOT_CANONICAL,
                refused(() -> AuditDetails.parse("a:%c3%a0")).reason());
        assertEquals(Reason.SYNTAX, refused(() -> AuditDetails.parse("a:%C3")).reason());
        assertEquals(
                Reason.SYNTAX,
                refused(() -> AuditDetails.parse("a:%\u0663\u0663")).reason());
        assertEquals(Reason.SYNTAX, refused(() -> AuditDetails.parse("a")).reason());
        assertEquals(Reason.SYNTAX, refused(() -> AuditDetails.parse("a:1,")).reason());
        assertEquals(
                AuditDetails.builder().put("a", "x y:%").put("b", "").build(), AuditDetails.parse("a:x%20y%3A%25,b:"));
    }
}
