package io.tscns.cli.demo;

import io.tscns.cms.documents.ActivationDocuments;
import io.tscns.cms.documents.CounterDocument;
import io.tscns.cms.documents.PdfDocumentWriter;
import io.tscns.cms.documents.Person;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.Receipt;
import io.tscns.simcard.IssuedCard;
import java.nio.file.Path;
import java.util.Optional;

/**
 * With {@code demo --out DIR}, writes the papers of an activation (<i>stampe dell'attivazione</i>: receipt with the
 * counter halves, request form, declarations) as PDF/A files readable by their owner only, named
 * {@code <card id>-<document>.pdf}.
 */
final class DemoDocuments {

    private DemoDocuments() {}

    /**
     * Writes the papers of one activation, if the demo was asked to.
     *
     * @return how many files were written (none without {@code --out})
     */
    static int write(DemoContext context, IssuedCard card, ActivateCardRequest request, Receipt receipt) {
        Optional<Path> directory = context.documentsDirectory();
        if (directory.isEmpty()) {
            return 0;
        }
        Person holder = new Person(card.holder().surname(), card.holder().name(), card.codiceFiscale());
        PdfDocumentWriter writer = PdfDocumentWriter.create(context.clock());
        try (ActivationDocuments documents =
                ActivationDocuments.of(receipt, holder, request, ActivateDirectStep.today(context))) {
            for (CounterDocument document : documents.all()) {
                writer.writeFile(
                        document,
                        directory
                                .get()
                                .resolve(card.cardId().value() + "-"
                                        + document.kind().fileStem() + ".pdf"));
            }
            return documents.all().size();
        }
    }
}
