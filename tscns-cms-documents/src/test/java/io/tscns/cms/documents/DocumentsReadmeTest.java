package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SecretText;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples, run: print the papers of an activation, a reprint and a sealed envelope. */
class DocumentsReadmeTest {

    @Test
    void printTheActivationPapers(@TempDir Path directory) {
        Receipt cmsReceipt = Samples.cmsReceipt();
        ActivateCardRequest request = Samples.request();
        Person holder = Samples.HOLDER;
        Clock clock = Clock.systemUTC();
        List<Path> files = new ArrayList<>();
        // tag::activation[]
        // After CmsClient.activateCard(cardId, request) answered with cmsReceipt:
        PdfDocumentWriter writer = PdfDocumentWriter.create(clock);
        try (cmsReceipt; ActivationDocuments papers = ActivationDocuments.of(cmsReceipt, holder, request,
                LocalDate.now(clock))) {
            for (CounterDocument paper : papers.all()) {          // receipt, request form, declarations
                Path file = directory.resolve(paper.cardId().value() + "-" + paper.kind().fileStem() + ".pdf");
                files.add(writer.writeFile(paper, file));         // PDF/A-2b, mode 0600
            }
        }                                                         // the counter halves are wiped here
        // end::activation[]
        assertEquals(3, files.size());
        assertTrue(files.stream().allMatch(Files::isRegularFile));
        assertThrows(
                IllegalStateException.class,
                () -> cmsReceipt.counterHalves().pin().reveal());
    }

    @Test
    void printAReprintAndASealedEnvelope(@TempDir Path directory) throws Exception {
        ReprintRequest reprint = Samples.reprintRequest();
        Person holder = Samples.HOLDER;
        PdfDocumentWriter writer = PdfDocumentWriter.create(Clock.systemUTC());
        Receipt cmsReprint = new Receipt(
                "R-7",
                Samples.CARD,
                "asl-1",
                Samples.NOW,
                new CodeHalves(
                        SecretText.of(Samples.REPRINT_PIN_COUNTER.toCharArray()),
                        SecretText.of(Samples.REPRINT_PUK_COUNTER.toCharArray()),
                        Optional.empty()),
                ChannelKind.SMS,
                "+39 *** *** 4567");
        SealedEnvelope cmsEnvelope = new SealedEnvelope(
                "R-8",
                Samples.CARD,
                "asl-1",
                Samples.NOW,
                SecretText.of(Samples.ENVELOPE_PIN.toCharArray()),
                SecretText.of(Samples.ENVELOPE_PUK.toCharArray()));
        ByteArrayOutputStream envelopePrinter = new ByteArrayOutputStream();
        Path file;
        // tag::reprint-envelope[]
        // After CmsClient.reprintCodes(cardId, reprint) answered with cmsReprint:
        try (cmsReprint; ReprintReceipt paper = ReprintReceipt.of(cmsReprint, holder, reprint)) {
            file = writer.writeFile(paper, directory.resolve(paper.cardId().value() + "-"
                    + paper.kind().fileStem() + ".pdf"));              // counter halves of PIN and PUK
        }
        // After CmsClient.activateCardBySealedEnvelope(cardId, request) answered with cmsEnvelope:
        try (cmsEnvelope; SealedEnvelopeLetter letter = SealedEnvelopeLetter.of(cmsEnvelope, holder)) {
            writer.write(letter, envelopePrinter);                      // whole PIN and PUK: to the sealing printer
        }                                                               // the codes are wiped here
        // end::reprint-envelope[]
        assertTrue(Pdfs.text(Files.readAllBytes(file)).contains(Samples.REPRINT_PIN_COUNTER));
        assertTrue(Pdfs.text(envelopePrinter.toByteArray()).contains(Samples.ENVELOPE_PIN));
        assertThrows(IllegalStateException.class, () -> cmsEnvelope.pin().reveal());
        assertThrows(
                IllegalStateException.class,
                () -> cmsReprint.counterHalves().pin().reveal());
    }
}
