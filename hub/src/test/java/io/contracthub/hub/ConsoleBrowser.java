package io.contracthub.hub;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium, headless, driven through chromium-driver (.ci/run installs both), logged in to the console of the
 * hub on {@code port}. Every step a test names is saved as a screenshot under target/console-screenshots/.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** the machine may be busy: a page is given this long to arrive */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    private final int port;

    private ConsoleBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Skips the calling test class when chromium is not installed. */
    static ConsoleBrowser open(int port) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (.ci/run installs them)");
        Path profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new ConsoleBrowser(new ChromeDriver(service, options), port);
    }

    void go(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    void logOut() {
        go("/login");
        driver.manage().deleteAllCookies();
    }

    void logIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        awaitElement(By.cssSelector(".top .user"));
        assertThat(driver.findElement(By.cssSelector(".top .user")).getText()).isEqualTo(username);
    }

    /** A form submit or link returns before the next page is there; read it only once it is. */
    void awaitUrlContaining(String part) {
        new WebDriverWait(driver, PAGE_WAIT).until(d -> d.getCurrentUrl().contains(part));
    }

    void awaitElement(By locator) {
        new WebDriverWait(driver, PAGE_WAIT).until(d -> !d.findElements(locator).isEmpty());
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    void screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
