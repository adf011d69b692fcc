package io.tscns.cms.console.internal;

import io.tscns.cms.documents.ActivationDocuments;
import io.tscns.cms.documents.CounterDocument;
import io.tscns.cms.documents.DocumentException;
import io.tscns.cms.documents.PdfDocumentWriter;
import io.tscns.cms.documents.Person;
import io.tscns.cms.documents.ReprintReceipt;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CmsProtocolException;
import io.tscns.core.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Prints the counter's papers (<i>stampe dello sportello</i>) as PDF with {@code tscns-cms-documents}, from what the
 * API answered and the request the console sent: nothing here reaches the CMS, so a paper shows exactly what the
 * API said. The body (with the counter halves) is wiped once read, and the receipt's halves once printed; the PDF is
 * the browser's, as the paper is the citizen's.
 */
public final class PaperPrinter {

    private final Clock clock;
    private final PdfDocumentWriter writer;

    /**
     * Creates a printer.
     *
     * @param clock dates the forms and the PDF's metadata
     */
    public PaperPrinter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = PdfDocumentWriter.create(clock);
    }

    /**
     * Prints one paper of an activation.
     *
     * @param paper the paper's file stem ({@code ricevuta-attivazione}, {@code richiesta-attivazione}, a
     *              declaration's)
     * @param body  the {@link ActivationPapers} as JSON; wiped
     * @return the PDF
     * @throws ConsoleException if the body is not valid or the activation has no such paper
     */
    public byte[] activation(String paper, byte[] body) {
        ActivationPapers papers = decode(body, ActivationPapers.class);
        try (ActivationDocuments documents = ActivationDocuments.of(
                papers.receipt(), Person.of(papers.holder()), papers.request(), LocalDate.now(clock))) {
            CounterDocument document = documents.all().stream()
                    .filter(d -> d.kind().fileStem().equals(paper))
                    .findFirst()
                    .orElseThrow(() -> new ConsoleException(new ConsoleProblem.PaperNotApplicable(paper)));
            return writer.toBytes(document);
        } catch (DocumentException e) {
            throw malformed(e.problems());
        } finally {
            papers.receipt().close();
        }
    }

    /**
     * Prints a reprint's receipt.
     *
     * @param body the {@link ReprintPapers} as JSON; wiped
     * @return the PDF
     * @throws ConsoleException if the body is not valid
     */
    public byte[] reprint(byte[] body) {
        ReprintPapers papers = decode(body, ReprintPapers.class);
        try (ReprintReceipt receipt =
                ReprintReceipt.of(papers.receipt(), Person.of(papers.holder()), papers.request())) {
            return writer.toBytes(receipt);
        } catch (DocumentException e) {
            throw malformed(e.problems());
        } finally {
            papers.receipt().close();
        }
    }

    private static <T> T decode(byte[] body, Class<T> type) {
        try {
            return CmsJson.decode(body, type);
        } catch (CmsProtocolException e) {
            throw malformed(e.problems());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConsoleException(new ConsoleProblem.MalformedPapers(List.of("invalid-value")));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private static ConsoleException malformed(List<? extends Problem> problems) {
        return new ConsoleException(new ConsoleProblem.MalformedPapers(
                problems.stream().map(Problem::code).toList()));
    }
}
