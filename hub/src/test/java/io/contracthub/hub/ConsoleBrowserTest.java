package io.contracthub.hub;

import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.routes.erp.ErpConnectors;
import io.contracthub.simulators.erp.Fault;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console in a real browser: Debian's chromium, headless, driven through chromium-driver (.ci/run installs both).
 * Every step saves a screenshot under target/console-screenshots/ for a person to look at.
 */
class ConsoleBrowserTest extends ConsoleTest {

    private static ConsoleBrowser console;
    private static WebDriver browser;

    @Autowired
    ResilienceRegistries registries;
    @Autowired
    ErpConnectors erpConnectors;
    @Autowired
    KingdeeSimulator kingdeeSimulator;

    @BeforeEach
    void loggedOut() throws IOException {
        if (console == null) {
            console = ConsoleBrowser.open(port);
            browser = console.driver;
        }
        console.logOut();
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.close();
            console = null;
        }
    }

    @Test
    void anOperatorLogsInFiltersRedAndOpensAContractsTimeline() {
        String number = claimedBySales(uniqueNumber(), "Li Lei", "浏览器测试医院");
        logIn("operator", "operator-pass");
        assertThat(browser.getCurrentUrl()).endsWith("/contracts");
        screenshot("01-contracts");

        new Select(browser.findElement(By.id("filter-tier"))).selectByValue("RED");
        browser.findElement(By.id("filter-apply")).click();
        awaitUrlContaining("tier=RED");
        assertThat(browser.findElements(By.cssSelector("tr.contract-row")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getDomAttribute("data-tier")).isEqualTo("RED"));
        screenshot("02-contracts-red");

        browser.findElement(By.id("filter-q")).sendKeys(number);
        browser.findElement(By.id("filter-apply")).click();
        awaitUrlContaining("q=" + number);
        browser.findElement(By.linkText(number)).click();
        awaitUrlContaining("/contracts/ch-");
        assertThat(browser.findElements(By.cssSelector("#timeline tr.timeline-entry"))).isNotEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("销售称已签");
        screenshot("03-contract-timeline");
    }

    @Test
    void anOperatorReplaysADeadLetterAndSeesItReplayed() {
        long id = deadLetter(null, "console.browser-replays", "browser-" + UUID.randomUUID(), "金蝶：物料编码不存在");
        logIn("operator", "operator-pass");
        browser.get(url("/dead-letters"));
        screenshot("04-dead-letters");
        browser.findElement(By.cssSelector("#dead-letter-" + id + " button.replay")).click();
        console.awaitElement(By.id("replay-done"));
        assertThat(browser.findElement(By.id("replay-done")).getText()).contains(String.valueOf(id));
        assertThat(browser.findElement(By.cssSelector("#dead-letter-" + id + " .replayed")).getText()).contains("已重新处理 1 次");
        screenshot("05-dead-letter-replayed");
    }

    @Test
    void aViewerWhoSendsAReplayGetsTheForbiddenPage() {
        long id = deadLetter(null, "console.browser-replays", "browser-" + UUID.randomUUID(), "for a viewer");
        logIn("viewer", "viewer-pass");
        browser.get(url("/dead-letters"));
        assertThat(browser.findElements(By.cssSelector("button.replay"))).isEmpty();
        // a viewer has no replay button; send the form anyway, with the page's own CSRF token
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/dead-letters/' + arguments[0] + '/replay';
                const token = document.querySelector('input[name=_csrf]').cloneNode();
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""", id);
        console.awaitElement(By.id("forbidden"));
        assertThat(browser.findElement(By.id("forbidden")).getText()).isEqualTo("没有权限");
        screenshot("06-viewer-forbidden");
    }

    @Test
    void aViewerSeesKingdeeDownWithItsBreakerOpenAndClosedAgainAfterRecovery() {
        CircuitBreaker breaker = registries.circuitBreakers().find(KingdeeConnector.SYSTEM).orElseThrow();
        ErpConnector connector = erpConnectors.find(KingdeeConnector.SYSTEM).orElseThrow();
        logIn("viewer", "viewer-pass");
        kingdeeSimulator.faults().failRandomly(1.0, 1, Fault.SERVER_ERROR);
        try {
            assertThatThrownBy(() -> connector.deliver(ErpOperation.SALES_ORDER, "BROWSER-" + UUID.randomUUID(),
                    objectMapper.createObjectNode())).isInstanceOf(ConnectorUnavailableException.class);
            // one delivery's attempt is far below the 50 calls the test breaker needs to judge: open it as they would,
            // for long (an ERP's breaker goes half-open by itself once its wait is over, 500 ms in the tests)
            breaker.transitionToOpenStateFor(Duration.ofMinutes(5));

            browser.findElement(By.linkText("外部系统")).click();
            awaitUrlContaining("/connectors");
            awaitBreakerState(KingdeeConnector.SYSTEM, "OPEN");
            assertThat(browser.findElement(By.id("connector-kingdee")).getText()).contains("金蝶云星空", "已启用", "已熔断，暂停调用");
            assertThat(browser.findElement(By.cssSelector("#connector-kingdee .last-failure .reason")).getText())
                    .contains("answered HTTP 503");
            assertThat(browser.findElement(By.id("connector-u8")).getDomAttribute("data-state")).isEqualTo("CLOSED");
            screenshot("07-connectors-kingdee-open");
        } finally {
            kingdeeSimulator.faults().clear();
            breaker.transitionToClosedState();
        }

        browser.navigate().refresh();
        awaitBreakerState(KingdeeConnector.SYSTEM, "CLOSED");
        assertThat(browser.findElement(By.cssSelector("#connector-kingdee .breaker")).getText()).contains("正常");
        screenshot("08-connectors-kingdee-closed");
    }

    @Test
    void aViewerReadsTheHealthReportAndDrillsDownToTheContractsWithoutATechnicalAgreementDate() {
        String number = claimedBySales(uniqueNumber(), "Han Meimei", "健康报告测试医院");
        logIn("viewer", "viewer-pass");

        browser.findElement(By.id("nav-health-report")).click();
        awaitUrlContaining("/reports/health");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("数据协同健康报告");
        assertThat(browser.findElement(By.id("section-consistency")).getText()).contains("达标线 99.5%");
        assertThat(browser.findElement(By.id("download-xlsx")).getDomAttribute("href")).contains("/reports/health/report.xlsx?from=");
        assertThat(browser.findElement(By.id("download-pdf")).getDomAttribute("href")).contains("/reports/health/report.pdf?from=");
        var legal = browser.findElement(By.cssSelector("tr[data-figure='completeness.legal']"));
        assertThat(legal.getDomAttribute("data-level")).isIn("good", "warn", "bad");
        assertThat(legal.findElements(By.cssSelector("svg rect"))).hasSize(2);
        screenshot("09-health-report");

        legal.findElement(By.cssSelector("a.drill")).click();
        awaitUrlContaining("figure=completeness.legal");
        assertThat(browser.findElement(By.id("drill-figure")).getText()).isEqualTo("completeness.legal");
        assertThat(browser.findElements(By.linkText(number))).hasSize(1);
        screenshot("10-health-report-drill-down");
    }

    private static void awaitBreakerState(String system, String state) {
        console.awaitElement(By.cssSelector("#connector-" + system + "[data-state='" + state + "']"));
    }

    private static void logIn(String username, String password) {
        console.logIn(username, password);
    }

    private static void awaitUrlContaining(String part) {
        console.awaitUrlContaining(part);
    }

    private String url(String path) {
        return uri(path).toString();
    }

    private static void screenshot(String name) {
        console.screenshot(name);
    }
}
