package io.tscns.cms.documents.internal;

import io.tscns.cms.documents.DocumentException;
import io.tscns.cms.documents.DocumentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out any {@link Form} on A4 pages as a PDF/A-2b document: the title, the reference line, then each block in
 * order (labels in a left column, values wrapped in the right one, running text across the page), a page footer
 * "Pagina i di n", and a new page whenever the next block does not fit. Fonts are DejaVu Sans and DejaVu Sans Bold,
 * embedded as subsets. Every text is checked against the font before anything is drawn, so a character it cannot
 * print is a {@link DocumentProblem.UnprintableCharacter}, never a missing glyph. Thread-safe: each call builds its
 * own document.
 */
public final class FormPdfWriter {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 200;
    private static final float VALUE_X = MARGIN + LABEL_WIDTH + 10;
    private static final float VALUE_WIDTH = WIDTH - LABEL_WIDTH - 10;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float TITLE_SIZE = 14;
    private static final float HEADING_SIZE = 11;
    private static final float BODY_SIZE = 10;
    private static final float NOTE_SIZE = 8;

    /** What a blank for the signer prints. */
    static final String SIGNER_BLANK = "______________________________";
    /** What a blank for the region prints. */
    static final String REGION_BLANK = "[da compilare a cura della Regione]";

    private FormPdfWriter() {}

    /**
     * Writes a form as a PDF/A-2b document.
     *
     * @param form    the form
     * @param created the creation time written in the metadata
     * @param out     where the PDF goes; not closed
     * @throws DocumentException     if a text holds a character the font cannot print (every one found), or the
     *                               PDF library fails
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(Form form, Instant created, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
            checkPrintable(form, fonts);
            Layout layout = new Layout(document, fonts);
            try {
                layout.title(form.title(), form.reference());
                for (Form.Block block : form.blocks()) {
                    layout.block(block);
                }
            } finally {
                layout.close();
            }
            layout.footers();
            PdfA.mark(document, form.title(), created);
            try {
                document.save(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the PDF", e);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException || e instanceof UncheckedIOException) {
                throw (RuntimeException) e;
            }
            throw new DocumentException(new DocumentProblem.WriteFailed(), e);
        }
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = FormPdfWriter.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font resource missing: " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The regular and bold fonts of one document. */
    private record Fonts(PDType0Font regular, PDType0Font bold) {}

    private static void checkPrintable(Form form, Fonts fonts) {
        List<DocumentProblem> problems = new ArrayList<>();
        check(problems, "title", form.title(), fonts.bold());
        check(problems, "reference", form.reference(), fonts.regular());
        for (Form.Block block : form.blocks()) {
            if (block instanceof Form.Block.Heading heading) {
                check(problems, "heading", heading.text(), fonts.bold());
            } else if (block instanceof Form.Block.Field field) {
                check(problems, field.label(), field.label(), fonts.regular());
                if (field.value() instanceof Form.Value.Text text) {
                    check(problems, field.label(), text.text(), fonts.regular());
                }
            } else if (block instanceof Form.Block.Paragraph paragraph) {
                check(problems, "paragraph", paragraph.text(), fonts.regular());
            } else if (block instanceof Form.Block.Choice choice) {
                check(problems, "choice", choice.label(), fonts.regular());
            } else if (block instanceof Form.Block.Signature signature) {
                check(problems, "signature", signature.label(), fonts.regular());
            } else if (block instanceof Form.Block.Note note) {
                check(problems, "note", note.text(), fonts.regular());
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
    }

    private static void check(List<DocumentProblem> problems, String field, String text, PDType0Font font) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            try {
                font.encode(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException | IOException e) {
                problems.add(new DocumentProblem.UnprintableCharacter(field, i + 1, codePoint));
                return;
            }
        }
    }

    /** The cursor over the pages being drawn. */
    private static final class Layout {
        private final PDDocument document;
        private final Fonts fonts;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void title(String title, String reference) throws IOException {
            lines(TextWrap.lines(title, WIDTH, width(fonts.bold(), TITLE_SIZE)), MARGIN, fonts.bold(), TITLE_SIZE);
            y -= 2;
            lines(
                    TextWrap.lines(reference, WIDTH, width(fonts.regular(), NOTE_SIZE + 1)),
                    MARGIN,
                    fonts.regular(),
                    NOTE_SIZE + 1);
            y -= 6;
            rule();
        }

        void block(Form.Block block) throws IOException {
            if (block instanceof Form.Block.Heading heading) {
                ensure(3 * leading(HEADING_SIZE));
                y -= 8;
                lines(
                        TextWrap.lines(heading.text(), WIDTH, width(fonts.bold(), HEADING_SIZE)),
                        MARGIN,
                        fonts.bold(),
                        HEADING_SIZE);
                y -= 2;
            } else if (block instanceof Form.Block.Field field) {
                field(field.label(), value(field.value()));
            } else if (block instanceof Form.Block.Paragraph paragraph) {
                y -= 3;
                lines(
                        TextWrap.lines(paragraph.text(), WIDTH, width(fonts.regular(), BODY_SIZE)),
                        MARGIN,
                        fonts.regular(),
                        BODY_SIZE);
                y -= 3;
            } else if (block instanceof Form.Block.Choice choice) {
                String box = choice.ticked() ? "\u2612 " : "\u2610 ";
                lines(
                        TextWrap.lines(box + choice.label(), WIDTH, width(fonts.regular(), BODY_SIZE)),
                        MARGIN,
                        fonts.regular(),
                        BODY_SIZE);
            } else if (block instanceof Form.Block.Secret secret) {
                secret(secret.label(), secret.characters());
            } else if (block instanceof Form.Block.Signature signature) {
                signature(signature.label());
            } else if (block instanceof Form.Block.Note note) {
                y -= 2;
                lines(
                        TextWrap.lines(note.text(), WIDTH, width(fonts.regular(), NOTE_SIZE)),
                        MARGIN,
                        fonts.regular(),
                        NOTE_SIZE);
            }
        }

        private static String value(Form.Value value) {
            if (value instanceof Form.Value.Text text) {
                return text.text();
            }
            return value instanceof Form.Value.ForRegion ? REGION_BLANK : SIGNER_BLANK;
        }

        private void field(String label, String value) throws IOException {
            List<String> labels = TextWrap.lines(label, LABEL_WIDTH, width(fonts.regular(), BODY_SIZE));
            List<String> values = TextWrap.lines(value, VALUE_WIDTH, width(fonts.bold(), BODY_SIZE));
            ensure(Math.max(labels.size(), values.size()) * leading(BODY_SIZE));
            float top = y;
            lines(labels, MARGIN, fonts.regular(), BODY_SIZE);
            float afterLabels = y;
            y = top;
            lines(values, VALUE_X, fonts.bold(), BODY_SIZE);
            y = Math.min(y, afterLabels) - 1;
        }

        private void secret(String label, char[] characters) throws IOException {
            ensure(leading(BODY_SIZE + 4));
            float baseline = y - (BODY_SIZE + 4);
            text(label, MARGIN, baseline, fonts.regular(), BODY_SIZE);
            stream.beginText();
            stream.setFont(fonts.bold(), BODY_SIZE + 4);
            stream.newLineAtOffset(VALUE_X, baseline);
            for (char c : characters) {
                stream.showText(String.valueOf(c));
            }
            stream.endText();
            y -= leading(BODY_SIZE + 4);
        }

        private void signature(String label) throws IOException {
            ensure(36 + leading(BODY_SIZE));
            y -= 30;
            stream.moveTo(WIDTH + MARGIN - 230, y);
            stream.lineTo(WIDTH + MARGIN, y);
            stream.setLineWidth(0.6f);
            stream.stroke();
            y -= 2;
            lines(
                    TextWrap.lines(label, 230, width(fonts.regular(), NOTE_SIZE + 1)),
                    WIDTH + MARGIN - 230,
                    fonts.regular(),
                    NOTE_SIZE + 1);
        }

        private void rule() throws IOException {
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.setLineWidth(0.8f);
            stream.stroke();
            y -= 4;
        }

        private void lines(List<String> lines, float x, PDType0Font font, float size) throws IOException {
            for (String line : lines) {
                ensure(leading(size));
                y -= leading(size);
                text(line, x, y + leading(size) - size, font, size);
            }
        }

        private void text(String line, float x, float baseline, PDType0Font font, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(line);
            stream.endText();
        }

        void footers() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(fonts.regular(), NOTE_SIZE);
                    footer.newLineAtOffset(MARGIN, MARGIN - 10);
                    footer.showText("Pagina " + (i + 1) + " di " + count);
                    footer.endText();
                }
            }
        }

        private static float leading(float size) {
            return size * 1.3f;
        }

        private static java.util.function.ToDoubleFunction<String> width(PDType0Font font, float size) {
            return text -> {
                try {
                    return font.getStringWidth(text) / 1000 * size;
                } catch (IOException e) {
                    throw new DocumentException(new DocumentProblem.WriteFailed(), e);
                }
            };
        }
    }
}
