package org.lingong.platform.server.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven headless by its {@code chromium-driver} (no driver download: Selenium Manager is not
 * used). Without them the browser tests are skipped on a developer's machine, and fail under {@code CI=true}, where
 * {@code .ci/run} installs both. Paths may be given by {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Desktop: a 1366 wide office screen. */
    public static final Dimension DESKTOP = new Dimension(1366, 768);
    /** Phone: 390 CSS pixels wide. */
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser (own profile, own cookies) at {@code size}; skips or fails the test if chromium is missing. */
    public static HeadlessChromium start(Dimension size) {
        return new HeadlessChromium(driver(options -> options.addArguments(
                "--window-size=" + size.width + "," + size.height)));
    }

    /**
     * A fresh headless chromium with the options every browser test shares plus those {@code configure} adds; skips
     * the test (or fails it under {@code CI=true}) when chromium or its driver is missing.
     */
    public static ChromeDriver driver(Consumer<ChromeOptions> configure) {
        Binaries binaries = require();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.browser().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--hide-scrollbars");
        configure.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The browser and its driver; skips the test, or fails it under {@code CI=true}, when either is missing. */
    public static Binaries require() {
        Optional<Path> browser = find("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> chromedriver = find("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String missing = "chromium and chromium-driver are needed for the browser tests (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; CI=true, so this is an error, not a skip");
            }
            Assumptions.abort(missing);
        }
        return new Binaries(browser.get(), chromedriver.get());
    }

    /** Where chromium and its driver are. */
    public record Binaries(Path browser, Path chromedriver) {
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Saves the whole page as a PNG ({@code dir/name-desktop.png} or {@code -phone}) when {@code dir} is given (system
     * property {@code console.screenshots}); the page is laid out at that width (through the DevTools protocol's device
     * metrics, a phone when narrow) and as tall as it is, so the shot holds the whole page.
     */
    public void screenshot(Path dir, String name, Dimension size, String label) {
        if (dir == null) {
            return;
        }
        metrics(size.width, size.height);
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
        metrics(size.width, (int) Math.max(size.height, Math.min(height, 5000)));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + "-" + label + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The page laid out as on a screen this size (a phone when narrow), whatever the headless window is. */
    private void metrics(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Where screenshots go, or null when none are wanted. */
    public static Path screenshotDir() {
        String dir = System.getProperty("console.screenshots");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> find(String variable, String... candidates) {
        String configured = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(configured), Stream.of(candidates)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
