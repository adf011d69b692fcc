package io.tscns.cms.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.test.junit.InteropEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, on a sandbox with the console mounted: sign-in and form
 * helpers, and the checks every page passes (a screenshot kept under {@code target/console-browser/} and proved not
 * blank, no error in the browser's console, no serious or critical axe-core violation).
 */
final class BrowserHarness implements AutoCloseable {

    /** axe-core from the npm registry ({@code npm pack}), the accessibility judge. */
    static final String AXE_VERSION = "4.14.1";

    static final Path ARTEFACTS = Path.of("target", "console-browser");
    private static final Path DOWNLOADS = ARTEFACTS.resolve("downloads").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final SimulatedCms cms;
    final ChromeDriver driver;
    final String base;
    private final String axe;
    private final WebDriverWait wait;
    /** Browser console lines the flow caused on purpose (the API's refusals, logged by Chromium as failed loads). */
    private final List<String> expectedRefusals = new ArrayList<>();

    private BrowserHarness(SimulatedCms cms, ChromeDriver driver, String axe) {
        this.cms = cms;
        this.driver = driver;
        this.axe = axe;
        this.base = "https://localhost:" + cms.port() + CmsConsole.PATH;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static BrowserHarness start() throws IOException, InterruptedException {
        InteropEnvironment.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        String axe = axeCore();
        Files.createDirectories(DOWNLOADS);
        SimulatedCms cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .mount(CmsConsole.mount())
                .start();
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // The sandbox's certificate comes from the test CA: Chromium trusts exactly its key (SPKI pin), no other
            // certificate error is ignored. --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-dev-shm-usage",
                    "--disable-gpu",
                    "--window-size=1280,1400",
                    "--lang=it-IT",
                    "--ignore-certificate-errors-spki-list=" + spki(cms));
            options.setExperimentalOption(
                    "prefs",
                    Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new BrowserHarness(cms, new ChromeDriver(service, options), axe);
        } catch (RuntimeException e) {
            cms.close();
            throw e;
        }
    }

    private static String spki(SimulatedCms cms) {
        try {
            byte[] key = cms.pki()
                    .localhostServerCredential()
                    .certificate()
                    .getPublicKey()
                    .getEncoded();
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core's script, fetched once with npm into target/ (the CI machine has npm: .ci/run). */
    private static String axeCore() throws IOException, InterruptedException {
        Path dir = Path.of("target", "axe-core");
        Path script = dir.resolve("package/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(dir);
            run(dir, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
            run(dir, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz");
        }
        InteropEnvironment.require(
                Files.isRegularFile(script),
                "axe-core " + AXE_VERSION + " from the npm registry (npm pack axe-core@" + AXE_VERSION + ")");
        return Files.readString(script);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(command[0] + ".log").toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            InteropEnvironment.unavailable(command[0], e);
        }
    }

    void open(String hash) {
        driver.get(base + hash);
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState")
                .equals("complete"));
    }

    void go(String hash) {
        driver.findElement(By.id("nav-" + hash)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-" + hash)));
    }

    void signIn(String operatorId) {
        type("login-operator", operatorId);
        type("login-token", new String(cms.operator(operatorId).token()));
        driver.findElement(By.id("login-submit")).click();
        waitForStatus("Accesso effettuato");
    }

    void signInAsAdministrator(String token) {
        type("admin-token", token);
        driver.findElement(By.id("admin-submit")).click();
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-login")));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field (the keys a date field takes depend on the locale). */
    void date(String id, String isoDate) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    String waitForStatus(String text) {
        wait.until(d -> d.findElement(By.id("status")).getText().contains(text)
                || !d.findElement(By.id("error")).getText().isEmpty());
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.isEmpty(), "the console showed an error: " + error);
        return driver.findElement(By.id("status")).getText();
    }

    /** Waits for the console's error line, and notes that the browser logs the refused request. */
    String waitForRefusal() {
        wait.until(d -> !d.findElement(By.id("error")).getText().isEmpty());
        expectedRefusals.add("Failed to load resource");
        return driver.findElement(By.id("error")).getText();
    }

    WebElement waitVisible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Clicks the page's link to the paper it printed, as the operator does, and returns the PDF the browser saved
     * (a {@code blob:} URL made by the page, with a {@code download} name).
     */
    byte[] download(String fileName) throws IOException, InterruptedException {
        Path file = DOWNLOADS.resolve(fileName);
        Files.deleteIfExists(file);
        waitVisible("paper-link").click();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.isRegularFile(file) || Files.size(file) == 0) {
            assertTrue(System.nanoTime() < deadline, "the browser saved no " + fileName);
            Thread.sleep(100);
        }
        Thread.sleep(200);
        return Files.readAllBytes(file);
    }

    /**
     * The checks of a page as it stands: its screenshot, kept and proved not blank; no JavaScript error (nor CSP
     * violation) in the browser's console beyond the refusals the flow caused on purpose; no serious or critical
     * axe-core violation.
     */
    void checkPage(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(ARTEFACTS.resolve(name + ".png"), png);
        assertNotBlank(name, png);
        assertNoConsoleErrors(name);
        assertAccessible(name);
    }

    static void assertNotBlank(String name, byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int pixels = ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
        int commonest =
                colours.values().stream().mapToInt(Integer::intValue).max().orElse(pixels);
        assertTrue(colours.size() >= 16, name + ": only " + colours.size() + " colours, a blank page");
        assertTrue(commonest < pixels * 0.98, name + ": one colour covers " + commonest + " of " + pixels);
    }

    private void assertNoConsoleErrors(String name) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() < java.util.logging.Level.WARNING.intValue()) {
                continue;
            }
            String message = entry.getMessage();
            boolean expected = !expectedRefusals.isEmpty()
                    && message.contains("Failed to load resource")
                    && message.matches(".*status of 4\\d\\d.*");
            if (expected) {
                expectedRefusals.remove(0);
            } else {
                errors.add(message);
            }
        }
        expectedRefusals.clear();
        assertEquals(List.of(), errors, name + ": the browser's console");
    }

    private void assertAccessible(String name) throws IOException {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
                + "r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' '))}))))).catch(e => done('ERROR ' + e));");
        String violations = String.valueOf(result);
        Files.writeString(ARTEFACTS.resolve(name + ".axe.json"), violations, StandardCharsets.UTF_8);
        assertTrue(!violations.startsWith("ERROR"), violations);
        Set<String> serious = new HashSet<>();
        for (String impact : List.of("\"impact\":\"serious\"", "\"impact\":\"critical\"")) {
            if (violations.contains(impact)) {
                serious.add(impact);
            }
        }
        assertEquals(Set.of(), serious, name + ": axe-core violations " + violations);
    }

    /** The text pdftotext (poppler) extracts from a PDF, kept under target/ beside the PDF. */
    static String pdfText(String name, byte[] pdf) throws IOException, InterruptedException {
        Path file = ARTEFACTS.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path text = ARTEFACTS.resolve(name + ".txt");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-layout", file.toString(), text.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            InteropEnvironment.unavailable("pdftotext (poppler-utils)", e);
            throw new UncheckedIOException(e);
        }
        assertEquals(0, process.waitFor(), "pdftotext");
        return Files.readString(text);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            cms.close();
        }
    }
}
