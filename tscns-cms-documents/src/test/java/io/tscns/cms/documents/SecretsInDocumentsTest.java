package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No document carries a full code or a remote half, and only the receipt carries the counter halves: searched in
 * the text a reader extracts, in the file's raw bytes and in every stream decoded. And by type: no document but the
 * receipt has a component that could hold a code.
 */
class SecretsInDocumentsTest {

    private static final Map<String, String> NEVER = Map.of(
            "full PIN", Samples.PIN_COUNTER + Samples.PIN_REMOTE,
            "full PUK", Samples.PUK_COUNTER + Samples.PUK_REMOTE,
            "full CIP", Samples.CIP_COUNTER + Samples.CIP_REMOTE,
            "PIN remote half", Samples.PIN_REMOTE,
            "PUK remote half", Samples.PUK_REMOTE,
            "CIP remote half", Samples.CIP_REMOTE);

    private static final Map<String, String> RECEIPT_ONLY = Map.of(
            "PIN counter half", Samples.PIN_COUNTER,
            "PUK counter half", Samples.PUK_COUNTER,
            "CIP counter half", Samples.CIP_COUNTER);

    @Test
    void noDocumentHoldsAFullCodeOrARemoteHalfAndOnlyTheReceiptHoldsTheCounterHalves() {
        for (CounterDocument document : Samples.all()) {
            byte[] pdf = Pdfs.write(document);
            List<String> places = List.of(Pdfs.text(pdf), new String(pdf, StandardCharsets.ISO_8859_1),
                    Pdfs.decodedStreams(pdf));
            for (String place : places) {
                NEVER.forEach((what, code) -> assertFalse(place.contains(code), what + " in " + document.kind()));
                if (document.kind() != DocumentKind.ACTIVATION_RECEIPT) {
                    RECEIPT_ONLY.forEach((what, code) -> assertFalse(place.contains(code),
                            what + " in " + document.kind()));
                }
            }
            if (document.kind() == DocumentKind.ACTIVATION_RECEIPT) {
                String text = Pdfs.text(pdf);
                RECEIPT_ONLY.forEach((what, code) -> assertTrue(text.contains(code), what + " on the receipt"));
            }
        }
    }

    @Test
    void onlyTheReceiptHasAComponentThatCanHoldACode() {
        List<String> holders = new ArrayList<>();
        for (Class<?> type : CounterDocument.class.getPermittedSubclasses()) {
            assertTrue(type.isRecord() && Modifier.isFinal(type.getModifiers()), type.getName());
            for (RecordComponent component : type.getRecordComponents()) {
                if (canHoldACode(component.getGenericType().getTypeName())) {
                    holders.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of("ActivationReceipt.counterHalves"), holders);
    }

    private static boolean canHoldACode(String type) {
        return type.contains("char[]") || type.contains("byte[]") || type.contains("SecretText")
                || type.contains("CodeHalves") || type.contains("CounterHalves") || type.contains("Receipt")
                || type.contains("io.tscns.core.secret") || type.equals("java.lang.Object");
    }
}
