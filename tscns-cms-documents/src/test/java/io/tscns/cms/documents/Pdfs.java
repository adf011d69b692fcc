package io.tscns.cms.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helpers: write a document, read a PDF's text and its streams decoded. */
final class Pdfs {

    static final PdfDocumentWriter WRITER = PdfDocumentWriter.create(Clock.fixed(Samples.NOW, ZoneOffset.UTC));

    private Pdfs() {}

    static byte[] write(CounterDocument document) {
        return WRITER.toBytes(document);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stream of the file, decoded (content, fonts' ToUnicode maps, metadata), concatenated as Latin-1. */
    static String decodedStreams(byte[] pdf) {
        StringBuilder all = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                    .map(key -> document.getDocument().getObjectFromPool(key))
                    .toList()) {
                COSBase base = object.getObject();
                if (base instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        in.transferTo(out);
                        all.append(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
