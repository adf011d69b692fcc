package io.tscns.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.junit.InteropEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents as an independent reader sees them: Poppler's {@code pdftotext} extracts the title, holder and card
 * of each, {@code pdffonts} finds every font embedded, and {@code pdftoppm} renders each page to a PNG that is not
 * blank. Needs poppler-utils; under {@code CI=true} a missing tool fails the test.
 */
class PopplerTest {

    @TempDir
    static Path directory;

    @BeforeAll
    static void poppler() {
        InteropEnvironment.require(
                onPath("pdftotext") && onPath("pdftoppm") && onPath("pdffonts"),
                "Poppler's pdftotext, pdftoppm and pdffonts (apt-get install poppler-utils)");
    }

    @Test
    void popplerExtractsTheTextFindsTheFontsEmbeddedAndRendersNonBlankPages() throws Exception {
        for (CounterDocument document : Samples.all()) {
            Path pdf = directory.resolve(document.kind().fileStem() + ".pdf");
            Files.write(pdf, Pdfs.write(document));

            String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", " ");
            String what = document.kind() + ": " + text;
            assertTrue(text.contains(document.kind().title()), what);
            assertTrue(text.contains("D'Angelò") && text.contains("Niccolò"), what);
            assertTrue(text.contains("6090227373233000"), what);

            List<String> fonts = run("pdffonts", pdf.toString()).lines().skip(2).toList();
            assertTrue(!fonts.isEmpty(), document.kind() + " has fonts");
            for (String font : fonts) {
                assertTrue(
                        font.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"),
                        "embedded, subset, with ToUnicode: " + font);
            }

            run(
                    "pdftoppm",
                    "-r",
                    "40",
                    "-png",
                    pdf.toString(),
                    directory.resolve(document.kind().fileStem()).toString());
            BufferedImage page = ImageIO.read(firstPage(document).toFile());
            assertEquals(Math.round(8.27 * 40), page.getWidth(), 2.0, "A4 at 40 dpi");
            int dark = 0;
            int darkInTitle = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                    if (luminance < 128) {
                        dark++;
                        darkInTitle += y < page.getHeight() / 8 ? 1 : 0;
                    }
                }
            }
            double share = dark / (double) (page.getWidth() * page.getHeight());
            assertTrue(share > 0.005 && share < 0.5, document.kind() + " page inked: " + share);
            assertTrue(darkInTitle > 50, document.kind() + " has its title at the top: " + darkInTitle);
        }
    }

    private static Path firstPage(CounterDocument document) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.getFileName()
                                    .toString()
                                    .startsWith(document.kind().fileStem() + "-")
                            && file.toString().endsWith(".png"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static boolean onPath(String tool) {
        try {
            Process process =
                    new ProcessBuilder(tool, "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        assertEquals(0, process.exitValue(), String.join(" ", command));
        return out;
    }
}
