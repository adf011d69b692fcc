package io.tscns.cms.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console in a real browser (Debian's headless Chromium through chromedriver and Selenium), on a sandbox with
 * the default population: the counter's whole flow at a Tuscan pharmacy, the outbox read by the sandbox's
 * administrator, the revocation with the CIP recombined from the receipt and the outbox, the audit verified by the
 * region's administrator; and what a pharmacist may not do. Every page passes {@link BrowserHarness#checkPage}.
 */
class ConsoleBrowserIT {

    private static final Pattern CIP_HALF = Pattern.compile("CIP \\(prima parte\\)\\s+(\\d+)");

    private BrowserHarness browser;

    @BeforeEach
    void start() throws Exception {
        browser = BrowserHarness.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private IssuedCard card(String region, int index) {
        return browser.cms.issuedCards().stream()
                .filter(c -> c.cardId().value().substring(1, 4).equals(region))
                .skip(index)
                .findFirst()
                .orElseThrow();
    }

    private static String expiry(IssuedCard card) {
        return card.personalData().data().parsedExpiryDate().orElseThrow().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** The counter's first step: the card's codice fiscale, TEAM number and expiry, as printed on it. */
    private void identify(IssuedCard card) {
        browser.go("counter");
        browser.type("identify-cf", card.codiceFiscale().value());
        browser.type("identify-team", card.teamNumber().value());
        browser.date("identify-expiry", expiry(card));
        browser.driver.findElement(By.id("identify-submit")).click();
        browser.waitForStatus("Tessera identificata");
    }

    /** Asks for the activation of the identified card by its holder in person, with an identity card. */
    private void activateInPerson(String documentNumber, String issuer, String email) {
        browser.select("activate-mode", "DIRECT");
        browser.select("doc-type", "IDENTITY_CARD");
        browser.type("doc-number", documentNumber);
        browser.type("doc-issuer", issuer);
        browser.date("doc-issued", "2022-03-01");
        browser.date("doc-expiry", "2032-03-01");
        browser.select("channel-kind", "EMAIL");
        browser.type("channel-address", email);
        browser.driver.findElement(By.id("privacy")).click();
        browser.driver.findElement(By.id("activate-submit")).click();
    }

    @Test
    void aPharmacistActivatesPrintsTheReceiptTheAdministratorReadsTheOutboxTheCipRevokesAndTheAuditVerifies()
            throws Exception {
        IssuedCard card = card("090", 0);
        String cardId = card.cardId().value();
        browser.open("");
        browser.waitVisible("page-login");
        browser.checkPage("01-sign-in");

        browser.signIn("pharmacy-1");
        assertTrue(browser.driver.findElement(By.id("who")).getText().contains("PHARMACY"));
        browser.select("card-search-kind", "cardId");
        browser.type("card-search-value", cardId);
        browser.driver.findElement(By.id("card-search-submit")).click();
        browser.waitForStatus("tessere trovate");
        String row = browser.driver
                .findElement(By.cssSelector("#cards-table tbody tr"))
                .getText();
        assertTrue(
                row.contains(cardId) && row.contains("SHIPPED") && row.contains("090") && row.contains(expiry(card)),
                row);
        browser.checkPage("02-cards");
        // The TEAM number as printed on the card's back, in groups of four (docs/console.md §8).
        browser.select("card-search-kind", "teamNumber");
        browser.type("card-search-value", card.teamNumber().value().replaceAll("(\\d{4})(?!$)", "$1 "));
        browser.driver.findElement(By.id("card-search-submit")).click();
        browser.waitForStatus("tessere trovate per Numero TEAM");
        String byTeam = browser.driver
                .findElement(By.cssSelector("#cards-table tbody tr"))
                .getText();
        assertTrue(
                byTeam.contains(cardId) && byTeam.contains(card.teamNumber().value()) && byTeam.contains("SHIPPED"),
                byTeam);

        identify(card);
        String data = browser.driver.findElement(By.id("identified-data")).getText();
        assertTrue(data.contains(card.codiceFiscale().value()) && data.contains(cardId), data);
        browser.checkPage("03-identified");

        activateInPerson("CA12345AB", "Comune di Firenze", "titolare@example.org");
        browser.waitForStatus("Attivazione registrata");
        String summary = browser.driver.findElement(By.id("papers-summary")).getText();
        assertTrue(summary.matches("(?s).*t\\*+@example\\.org.*"), summary);

        browser.driver.findElement(By.id("paper-ricevuta-attivazione")).click();
        browser.waitForStatus("Stampa pronta");
        byte[] receipt = browser.download("activation-ricevuta-attivazione.pdf");
        assertEquals("%PDF-", new String(receipt, 0, 5, StandardCharsets.US_ASCII));
        String receiptText = BrowserHarness.pdfText("04-ricevuta-attivazione", receipt);
        assertTrue(receiptText.contains("Stampa riepilogativa dell'attivazione della TS-CNS"), receiptText);
        assertTrue(
                receiptText.contains(cardId)
                        && receiptText.contains(card.codiceFiscale().value()),
                receiptText);
        Matcher cipHalf = CIP_HALF.matcher(receiptText);
        assertTrue(cipHalf.find(), receiptText);
        String counterHalf = cipHalf.group(1);
        browser.checkPage("04-activated");

        browser.driver.findElement(By.id("paper-richiesta-attivazione")).click();
        browser.waitForStatus("Modulo di richiesta di attivazione (request form)");
        String form = BrowserHarness.pdfText(
                "05-richiesta-attivazione", browser.download("activation-richiesta-attivazione.pdf"));
        assertTrue(form.contains("Modulo di richiesta di attivazione della TS-CNS"), form);
        browser.driver.findElement(By.id("reprint-submit")).click();
        browser.waitForStatus("Ristampa registrata");
        browser.driver.findElement(By.id("paper-ricevuta-ristampa")).click();
        browser.waitForStatus("Stampa pronta (PDF ready): Ricevuta di ristampa");
        String reprint = BrowserHarness.pdfText("05-ricevuta-ristampa", browser.download("reprint.pdf"));
        assertTrue(reprint.contains("ristampa dei codici PIN e PUK") && reprint.contains(cardId), reprint);
        browser.select("consent-consultation", "GIVEN");
        browser.driver.findElement(By.id("consents-submit")).click();
        browser.waitForStatus("Consensi registrati");
        browser.checkPage("05-reprinted-consents");
        // The halves stay in the tab's memory and the papers: nothing is kept by the browser.
        assertEquals(
                "0 0 ",
                browser.driver.executeScript(
                        "return localStorage.length + ' ' + sessionStorage.length + ' ' + document.cookie"));
        assertFalse(browser.driver.findElement(By.tagName("body")).getText().contains("prima parte"));
        browser.signOut();

        browser.signInAsAdministrator(new String(browser.cms.outboxToken()));
        browser.waitForStatus("amministratore della sandbox");
        browser.type("outbox-address", "titolare@example.org");
        browser.driver.findElement(By.id("outbox-submit")).click();
        browser.waitForStatus("messaggi");
        String remoteHalf = browser.driver
                .findElement(By.cssSelector("#outbox-messages .half-cip"))
                .getText();
        assertTrue(
                browser.driver.findElement(By.id("outbox-messages")).getText().contains(cardId));
        browser.checkPage("06-outbox");
        browser.signOut();

        browser.signIn("pharmacy-1");
        browser.go("counter");
        browser.type("revoke-card", cardId);
        browser.select("revoke-cause", "LOSS");
        browser.type("revoke-cip", counterHalf + remoteHalf);
        browser.driver.findElement(By.id("revoke-submit")).click();
        browser.waitForStatus("revocata");
        browser.checkPage("07-revoked");
        browser.go("cards");
        browser.type("card-search-value", cardId);
        browser.driver.findElement(By.id("card-search-submit")).click();
        browser.waitForStatus("tessere trovate");
        assertTrue(browser.driver
                .findElement(By.cssSelector("#cards-table tbody tr"))
                .getText()
                .contains("REVOKED"));
        browser.signOut();

        browser.signIn("admin-1");
        browser.go("audit");
        browser.driver.findElement(By.id("audit-verify")).click();
        browser.waitForStatus("Verifica completata");
        assertTrue(browser.driver.findElement(By.id("audit-verdict")).getText().startsWith("Catena integra"));
        String head = browser.driver.findElement(By.id("audit-head")).getText();
        assertTrue(head.matches("[0-9a-f]{64}"), head);
        String audit = browser.driver.findElement(By.id("audit-table")).getText();
        assertTrue(audit.contains("pharmacy-1") && audit.contains("sandbox-outbox"), audit);
        browser.checkPage("08-audit");
    }

    @Test
    void aDelegateActivatesForTheHolderWithTheDelegationPapersAndTheDeclarationIsPrinted() throws Exception {
        IssuedCard card = card("090", 1);
        browser.open("");
        browser.signIn("pharmacy-1");
        identify(card);
        browser.select("activate-mode", "DELEGATE_HEALTH");
        browser.waitVisible("activate-delegate");
        browser.type("activate-delegate-surname", "ROSSI");
        browser.type("activate-delegate-name", "MARIO");
        browser.type("activate-delegate-cf", "RSSMRA85T10A562S");
        for (String paper : new String[] {"sup-delegation", "sup-copy", "sup-self"}) {
            browser.driver.findElement(By.id(paper)).click();
        }
        browser.select("doc-type", "PASSPORT");
        browser.type("doc-number", "YA7654321");
        browser.type("doc-issuer", "Questura di Firenze");
        browser.date("doc-issued", "2021-06-01");
        browser.date("doc-expiry", "2031-06-01");
        browser.select("channel-kind", "SMS");
        browser.type("channel-address", "+393331234567");
        browser.driver.findElement(By.id("privacy")).click();
        browser.driver.findElement(By.id("activate-submit")).click();
        browser.waitForStatus("Attivazione registrata");
        browser.driver.findElement(By.id("paper-dichiarazione-delegato")).click();
        browser.waitForStatus("Dichiarazione del delegato");
        String declaration = BrowserHarness.pdfText(
                        "21-dichiarazione-delegato", browser.download("activation-dichiarazione-delegato.pdf"))
                .replaceAll("\\s+", " ");
        assertTrue(
                declaration.contains("Dichiarazione sostitutiva del delegato per motivi di salute")
                        && declaration.contains("RSSMRA85T10A562S"),
                declaration);
        browser.checkPage("21-delegate-activated");
    }

    @Test
    void aPharmacistCannotOpenTheOutboxNorWorkOnAnotherRegionsCard() throws Exception {
        IssuedCard lombard = card("030", 0);
        browser.open("");
        browser.signIn("pharmacy-1");
        browser.go("outbox");
        assertTrue(browser.driver.findElement(By.id("outbox-reserved")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("outbox-form")).isDisplayed());
        browser.checkPage("11-outbox-reserved");
        browser.signOut();
        // The pharmacist's own token is no outbox capability: the API refuses it.
        browser.signInAsAdministrator(
                new String(browser.cms.operator("pharmacy-1").token()));
        String refusal = browser.waitForRefusal();
        assertTrue(refusal.contains("401") || refusal.contains("403"), refusal);
        assertTrue(browser.driver.findElement(By.id("page-login")).isDisplayed());
        browser.checkPage("12-outbox-refused");

        browser.signIn("pharmacy-1");
        identify(lombard);
        activateInPerson("CA99999ZZ", "Comune di Milano", "luca@example.org");
        String otherRegion = browser.waitForRefusal();
        assertTrue(otherRegion.contains("other-region"), otherRegion);
        assertFalse(browser.driver.findElement(By.id("papers")).isDisplayed());

        browser.go("cards");
        browser.type("card-search-value", lombard.cardId().value());
        browser.driver.findElement(By.id("card-search-submit")).click();
        browser.waitForStatus("tessere trovate");
        browser.driver.findElement(By.cssSelector("#cards-table button")).click();
        String history = browser.waitForRefusal();
        assertTrue(history.contains("forbidden-role"), history);
        browser.checkPage("13-other-region-refused");
    }
}
