package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDocumentWriterTest {

    static Stream<CounterDocument> documents() {
        return Samples.all().stream();
    }

    @Test
    void thereIsOneSampleOfEveryKind() {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        Samples.all().forEach(document -> kinds.add(document.kind()));
        assertEquals(EnumSet.allOf(DocumentKind.class), kinds);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theTextHoldsTheTitleTheHolderAndTheCard(CounterDocument document) {
        String text = Pdfs.text(Pdfs.write(document));
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains(document.kind().title()), "title of " + document.kind() + " in\n" + text);
        assertTrue(flat.contains("D'Angelò"), "holder's surname in\n" + text);
        assertTrue(flat.contains("Niccolò"), "holder's given name in\n" + text);
        assertTrue(flat.contains("RSSMRA80A01H501U"), "holder's codice fiscale in\n" + text);
        assertTrue(flat.contains("6090227373233000"), "card id in\n" + text);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyDocumentIsMarkedPdfA2bWithEmbeddedFontsAndAnSrgbOutputIntent(CounterDocument document) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Pdfs.write(document))) {
            assertFalse(pdf.isEncrypted());
            XMPMetadata xmp = new DomXmpParser()
                    .parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema identification = xmp.getPDFAIdentificationSchema();
            assertEquals(2, identification.getPart());
            assertEquals("B", identification.getConformance());
            assertEquals(document.kind().title(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(document.kind().title(), pdf.getDocumentInformation().getTitle());
            assertEquals(
                    xmp.getAdobePDFSchema().getProducer(),
                    pdf.getDocumentInformation().getProducer());
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "ICC profile embedded");
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(id, "trailer ID (PDF/A-2 6.1.3)");
            assertEquals(2, id.size());
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void aLongNameWrapsOntoSeveralLinesAndNothingIsLost() {
        String surname = "Abcdefghijklmnopqrstuvwxyzàèéìòù".repeat(3);
        Person holder = new Person(surname, "Maria Giovanna Caterina", CodiceFiscale.parse("RSSMRA80A01H501U"));
        String text = Pdfs.text(Pdfs.write(new HealthDataConsentForm(holder, Samples.CARD, Samples.TODAY)));
        assertTrue(text.replaceAll("\\s+", "").contains(surname), text);
        assertFalse(text.contains(surname), "a surname wider than its column is broken over lines:\n" + text);
    }

    @Test
    void aCharacterTheFontCannotPrintIsATypedProblemNamingItsField() {
        Person holder = new Person("Rossi 한", "漢字", CodiceFiscale.parse("RSSMRA80A01H501U"));
        DocumentException e = assertThrows(
                DocumentException.class,
                () -> Pdfs.write(new HealthDataConsentForm(holder, Samples.CARD, Samples.TODAY)));
        assertEquals(
                List.of(
                        new DocumentProblem.UnprintableCharacter("Cognome", 7, 0xD55C),
                        new DocumentProblem.UnprintableCharacter("Nome", 1, 0x6F22)),
                e.problems());
        assertFalse(e.getMessage().contains("Rossi"), e.getMessage());
    }

    @Test
    void hostileNamesAreRefusedWithTheirPosition() {
        DocumentException control = assertThrows(
                DocumentException.class, () -> new Person("Ros\nsi", "Mario", CodiceFiscale.parse("RSSMRA80A01H501U")));
        assertEquals(List.of(new DocumentProblem.ControlCharacter("surname", 4)), control.problems());
        DocumentException blank = assertThrows(
                DocumentException.class, () -> new Person("  ", "Mario", CodiceFiscale.parse("RSSMRA80A01H501U")));
        assertEquals(List.of(new DocumentProblem.Blank("surname")), blank.problems());
        DocumentException longName = assertThrows(
                DocumentException.class,
                () -> new Person("R".repeat(101), "Mario", CodiceFiscale.parse("RSSMRA80A01H501U")));
        assertEquals(List.of(new DocumentProblem.TooLong("surname", 100)), longName.problems());
    }

    @Test
    void pdfSyntaxInANameIsPrintedAsText() {
        Person holder = new Person("Rossi) Tj ET (%<<", "/Mario \\", CodiceFiscale.parse("RSSMRA80A01H501U"));
        String text = Pdfs.text(Pdfs.write(new DelegationForm(holder, Samples.CARD, java.util.Optional.empty())));
        assertTrue(text.contains("Rossi) Tj ET (%<<"), text);
        assertTrue(text.contains("/Mario \\"), text);
    }

    @Test
    void blanksAreMarkedForTheRegionOrTheSigner() {
        String text =
                Pdfs.text(Pdfs.write(new DelegationForm(Samples.HOLDER, Samples.CARD, java.util.Optional.empty())));
        assertTrue(text.contains("Testo del modello regionale di delega [da compilare a cura della Regione]"), text);
        assertTrue(text.matches("(?s).*Delegato\\s+Cognome _{10,}.*"), text);
    }

    @Test
    void theReprintSummaryNamesTheDelegateTheDocumentAndTheChannelAndNoCip() {
        String text = Pdfs.text(Pdfs.write(Samples.reprint())).replaceAll("\\s+", " ");
        assertTrue(text.contains("Modalità di ristampa tramite delega"), text);
        assertTrue(text.contains("Delegato PAOLO VERDI, codice fiscale VRDGLI48P63G702J"), text);
        assertTrue(text.contains("CA00000AA"), "the document shown (§10.6 steps 2-3) in " + text);
        assertTrue(text.contains("Modalità di consegna SMS Recapito +39 *** *** 4567"), text);
        assertFalse(text.contains("CIP"), text);
    }

    @Test
    void theSealedEnvelopeSaysWhereItsCodesComeFromAndHasNoCip() {
        String text = Pdfs.text(Pdfs.write(Samples.envelope())).replaceAll("\\s+", " ");
        assertTrue(
                text.contains("busta chiusa contestualmente alla richiesta di attivazione (DM 20 giugno 2011,"
                        + " Allegato 2, punto 1c)"),
                text);
        assertTrue(text.contains("Attivazione n. 5b2e7c1a-90d4-4e43-8f6a-0e7b1d2c3a4f del 22/11/2026 11:15"), text);
        assertFalse(text.contains("CIP"), text);
    }

    @Test
    void theReceiptListsModeChannelAndConsents() {
        String text = Pdfs.text(Pdfs.write(Samples.receipt())).replaceAll("\\s+", " ");
        assertTrue(text.contains("Modalità di attivazione su delega per motivi di salute"), text);
        assertTrue(text.contains("Delegato PAOLO VERDI, codice fiscale VRDGLI48P63G702J"), text);
        assertTrue(text.contains("Modalità di consegna e-mail Recapito m*****@example.org"), text);
        assertTrue(text.contains("Consenso alla consultazione espresso"), text);
        assertTrue(text.contains("☒ Consenso al trattamento dei dati registrato"), text);
        assertTrue(text.contains("Ricevuta n. 7390237f-8a43-46fb-8c1e-d696839a0dae del 22/11/2026 11:15"), text);
    }

    @Test
    void aWipedReceiptCannotBeWrittenAndTheWriterWipesItsCopies() throws IOException {
        ActivationReceipt receipt = Samples.receipt();
        assertTrue(Pdfs.text(Pdfs.write(receipt)).contains(Samples.PIN_COUNTER));
        assertTrue(Pdfs.text(Pdfs.write(receipt)).contains(Samples.PIN_COUNTER), "the receipt survives a write");
        receipt.close();
        assertTrue(receipt.counterHalves().isDestroyed());
        DocumentException e = assertThrows(DocumentException.class, () -> Pdfs.write(receipt));
        assertInstanceOf(DocumentProblem.CodesDestroyed.class, e.problems().get(0));
    }

    @Test
    void theHalvesNeverReachToString() {
        try (ActivationReceipt receipt = Samples.receipt()) {
            String shown = receipt.toString();
            assertFalse(
                    shown.contains(Samples.PIN_COUNTER)
                            || shown.contains(Samples.PUK_COUNTER)
                            || shown.contains(Samples.CIP_COUNTER),
                    shown);
            assertTrue(shown.contains("CounterHalves[pin=5, puk=5, cip=5]"), shown);
        }
    }

    @Test
    void counterHalvesCopyTheCallersArraysAndCheckThem() {
        char[] pin = "1234".toCharArray();
        try (CounterHalves halves = CounterHalves.of(pin, "5678".toCharArray(), java.util.Optional.empty())) {
            pin[0] = '9';
            assertEquals("1234", new String(halves.reveal().get(0)));
            assertFalse(halves.hasCip());
        }
        DocumentException e = assertThrows(
                DocumentException.class,
                () -> CounterHalves.of("12 4".toCharArray(), "5678".toCharArray(), java.util.Optional.empty()));
        assertEquals(List.of(new DocumentProblem.ControlCharacter("pin half", 3)), e.problems());
        assertThrows(
                DocumentException.class,
                () -> CounterHalves.of(new char[0], "5678".toCharArray(), java.util.Optional.empty()));
    }

    @Test
    void aFileIsCreatedReadableByItsOwnerOnlyAndNeverOverwritten(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("ricevuta.pdf");
        try (ActivationReceipt receipt = Samples.receipt()) {
            Pdfs.WRITER.writeFile(receipt, file);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Pdfs.text(Files.readAllBytes(file)).contains(Samples.PUK_COUNTER));
            assertThrows(UncheckedIOException.class, () -> Pdfs.WRITER.writeFile(receipt, file));
        }
    }
}
