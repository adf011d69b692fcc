package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.Receipt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, run: print the papers of an activation the CMS confirmed. */
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
        assertThrows(IllegalStateException.class, () -> cmsReceipt.counterHalves().pin().reveal());
    }
}
