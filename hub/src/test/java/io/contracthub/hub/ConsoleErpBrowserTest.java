package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.CreatedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console in a real browser, with the ERP delivery running against the Kingdee simulator. */
class ConsoleErpBrowserTest extends ErpDeliveryTest {

    private static final String REJECTION = "[CUST-0001]在基础资料中不存在";

    private ConsoleBrowser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = ConsoleBrowser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.logOut();
    }

    @Test
    void aContractsPageShowsTheDocumentsKingdeeCreatedForIt() {
        String id = effectiveContract(KINGDEE_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        List<String> numbers = documentsOf(id).stream().map(CreatedDocument::number).toList();

        browser.logIn("viewer", "viewer-pass");
        browser.go("/contracts/" + id);
        browser.awaitElement(By.id("triggers"));

        assertThat(numbers).hasSize(2);
        assertThat(browser.text(By.id("triggers"))).contains(numbers);
        assertThat(browser.text(By.id("timeline"))).contains(numbers);
        browser.screenshot("10-contract-kingdee-documents");
    }

    @Test
    void aKingdeeRejectionIsReplayedFromTheConsoleAfterTheFixAndReachesKingdee() {
        kingdee.masterData().removeCustomer("CUST-0001");
        String id;
        List<JsonNode> deadLetters;
        try {
            id = effectiveContract(KINGDEE_REGION);
            deadLetters = List.of(awaitDeadLetter(idempotencyKey(id, STOCKING)), awaitDeadLetter(idempotencyKey(id, INVOICING)));
        } finally {
            kingdee.masterData().customers(List.of("CUST-0001"));
        }
        assertThat(documentsOf(id)).isEmpty();

        browser.logIn("operator", "operator-pass");
        browser.go("/dead-letters");
        long stocking = deadLetters.get(0).path("id").asLong();
        browser.awaitElement(By.id("dead-letter-" + stocking));
        assertThat(browser.text(By.id("dead-letter-" + stocking))).contains(REJECTION);
        browser.screenshot("11-dead-letter-kingdee-rejection");
        for (JsonNode deadLetter : deadLetters) {
            long deadLetterId = deadLetter.path("id").asLong();
            browser.go("/dead-letters");
            browser.awaitElement(By.cssSelector("#dead-letter-" + deadLetterId + " button.replay"));
            browser.driver.findElement(By.cssSelector("#dead-letter-" + deadLetterId + " button.replay")).click();
            browser.awaitElement(By.id("replay-done"));
            assertThat(browser.text(By.id("replay-done"))).contains(String.valueOf(deadLetterId));
        }

        assertThat(awaitErpEntries(id, 2, Duration.ofSeconds(45))).hasSize(2);
        assertThat(documentsOf(id)).extracting(CreatedDocument::type).containsExactlyInAnyOrder("SAL_SaleOrder", "IV_SALESIC");
        browser.go("/contracts/" + id);
        browser.awaitElement(By.id("triggers"));
        assertThat(browser.text(By.id("triggers"))).contains(documentsOf(id).get(0).number());
        browser.screenshot("12-contract-delivered-after-replay");
    }
}
