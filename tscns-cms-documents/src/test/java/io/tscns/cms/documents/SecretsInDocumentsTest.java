package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No document carries a code except where the seeds put it: the counter halves of PIN, PUK and CIP on the
 * activation summary only (manual §10.1 step 12), those of PIN and PUK on the reprint summary only (§10.6), the
 * whole PIN and PUK in the sealed envelope only (DM 2011 Allegato 2 point 1c), never a CIP whole, never a remote
 * half: searched in the text a reader extracts, in the file's raw bytes and in every stream decoded. And by type:
 * no other document has a component that could hold a code.
 */
class SecretsInDocumentsTest {

    private static final Map<String, String> NEVER = Map.of(
            "full PIN",
            Samples.PIN_COUNTER + Samples.PIN_REMOTE,
            "full PUK",
            Samples.PUK_COUNTER + Samples.PUK_REMOTE,
            "full CIP",
            Samples.CIP_COUNTER + Samples.CIP_REMOTE,
            "PIN remote half",
            Samples.PIN_REMOTE,
            "PUK remote half",
            Samples.PUK_REMOTE,
            "CIP remote half",
            Samples.CIP_REMOTE);

    /** Where each code may appear: on one kind of document, and there it must. */
    private static final Map<DocumentKind, Map<String, String>> ONLY_ON = Map.of(
            DocumentKind.ACTIVATION_RECEIPT,
                    Map.of(
                            "PIN counter half", Samples.PIN_COUNTER,
                            "PUK counter half", Samples.PUK_COUNTER,
                            "CIP counter half", Samples.CIP_COUNTER),
            DocumentKind.REPRINT_RECEIPT,
                    Map.of(
                            "reprinted PIN counter half", Samples.REPRINT_PIN_COUNTER,
                            "reprinted PUK counter half", Samples.REPRINT_PUK_COUNTER),
            DocumentKind.SEALED_ENVELOPE_LETTER,
                    Map.of(
                            "whole PIN in the envelope", Samples.ENVELOPE_PIN,
                            "whole PUK in the envelope", Samples.ENVELOPE_PUK));

    @Test
    void everyCodeIsOnlyWhereTheSeedsPutItAndNoRemoteHalfOrFullCodeAnywhere() {
        for (CounterDocument document : Samples.all()) {
            byte[] pdf = Pdfs.write(document);
            List<String> places =
                    List.of(Pdfs.text(pdf), new String(pdf, StandardCharsets.ISO_8859_1), Pdfs.decodedStreams(pdf));
            for (String place : places) {
                NEVER.forEach((what, code) -> assertFalse(holds(place, code), what + " in " + document.kind()));
                ONLY_ON.forEach((kind, codes) -> {
                    if (kind != document.kind()) {
                        codes.forEach((what, code) -> assertFalse(holds(place, code), what + " in " + document.kind()));
                    }
                });
            }
            String text = Pdfs.text(pdf);
            ONLY_ON.getOrDefault(document.kind(), Map.of())
                    .forEach((what, code) -> assertTrue(text.contains(code), what + " on the " + document.kind()));
        }
    }

    /**
     * Whether a code stands in a place as a number of its own. Inside a longer run of digits or hex digits it is
     * chance, not a leak: the file identifier PDFBox draws at random, or a coordinate such as {@code 0.482614}, can
     * hold any five digits (a reprint receipt's file once held the activation's PUK counter half so, in one run of
     * many).
     */
    private static boolean holds(String place, String code) {
        return Pattern.compile("(?<![0-9A-Fa-f.])" + code + "(?![0-9A-Fa-f])")
                .matcher(place)
                .find();
    }

    @Test
    void onlyTheReceiptsAndTheEnvelopeHaveAComponentThatCanHoldACode() {
        List<String> holders = new ArrayList<>();
        for (Class<?> type : CounterDocument.class.getPermittedSubclasses()) {
            assertTrue(type.isRecord() && Modifier.isFinal(type.getModifiers()), type.getName());
            for (RecordComponent component : type.getRecordComponents()) {
                if (canHoldACode(component.getGenericType().getTypeName())) {
                    holders.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(
                List.of(
                        "ActivationReceipt.counterHalves",
                        "SealedEnvelopeLetter.codes",
                        "ReprintReceipt.counterHalves"),
                holders);
    }

    @Test
    void theEnvelopesCodesNeverReachToStringAndAreWipedOnClose() {
        SealedEnvelopeLetter letter = Samples.envelope();
        String shown = letter.toString();
        assertFalse(shown.contains(Samples.ENVELOPE_PIN) || shown.contains(Samples.ENVELOPE_PUK), shown);
        assertTrue(shown.contains("EnvelopeCodes[pin=8, puk=8]"), shown);
        letter.close();
        assertTrue(letter.codes().isDestroyed());
        DocumentException wiped = assertThrows(DocumentException.class, () -> Pdfs.write(letter));
        assertEquals(List.of(new DocumentProblem.CodesDestroyed()), wiped.problems());
    }

    @Test
    void aReprintSummaryRefusesACipHalf() {
        try (CounterHalves withCip = CounterHalves.of(
                Samples.REPRINT_PIN_COUNTER.toCharArray(),
                Samples.REPRINT_PUK_COUNTER.toCharArray(),
                Optional.of(Samples.CIP_COUNTER.toCharArray()))) {
            ReprintReceipt sample = Samples.reprint();
            DocumentException e = assertThrows(
                    DocumentException.class,
                    () -> new ReprintReceipt(
                            sample.receiptId(),
                            sample.holder(),
                            sample.cardId(),
                            sample.delegate(),
                            sample.document(),
                            sample.operatorId(),
                            sample.issuedAt(),
                            withCip,
                            sample.channel(),
                            sample.maskedAddress()));
            assertEquals(List.of(new DocumentProblem.NotOnThisDocument("cip half")), e.problems());
            assertFalse(e.getMessage().contains(Samples.CIP_COUNTER), e.getMessage());
        }
    }

    private static boolean canHoldACode(String type) {
        return type.contains("char[]")
                || type.contains("byte[]")
                || type.contains("SecretText")
                || type.contains("CodeHalves")
                || type.contains("CounterHalves")
                || type.contains("EnvelopeCodes")
                || type.contains("Receipt")
                || type.contains("SealedEnvelope")
                || type.contains("io.tscns.core.secret")
                || type.equals("java.lang.Object");
    }
}
