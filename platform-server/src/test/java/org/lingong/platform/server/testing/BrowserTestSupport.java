package org.lingong.platform.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Steps of the real-browser tests of the platform's pages, on a bare {@link ChromeDriver} started through
 * {@link HeadlessChromium} (which finds Debian's {@code chromium} and {@code chromium-driver}, and skips or fails a test
 * without them). Screenshots go to {@code docs/screenshots/console/}.
 */
public final class BrowserTestSupport {

    public static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots", "console");

    /** The phone of the tests: an iPhone-sized viewport, 390 × 844 CSS pixels at 2× density. */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private BrowserTestSupport() {
    }

    /** Skips (or under CI fails) when the Debian browser packages are missing. */
    public static void requireBrowser() {
        HeadlessChromium.require();
    }

    /** A desktop browser window of {@code width} × {@code height}. */
    public static ChromeDriver desktop(int width, int height) {
        return HeadlessChromium.driver(options -> options.addArguments("--force-device-scale-factor=1",
                "--window-size=" + width + "," + height));
    }

    /** A phone: 390 × 844 viewport, touch and a mobile user agent, so pages lay out as on a phone. */
    public static ChromeDriver phone() {
        return HeadlessChromium.driver(options -> {
            options.addArguments("--force-device-scale-factor=1");
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0"));
        });
    }

    /** Waits until the browser's address satisfies {@code wanted}; fails after 30 s with the last address. */
    public static void awaitUrl(ChromeDriver browser, java.util.function.Predicate<String> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!wanted.test(browser.getCurrentUrl())) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("the browser stayed at " + browser.getCurrentUrl());
            }
            pause();
        }
    }

    /**
     * The text of the element {@code by} once it equals {@code expected} (after a click that loads a new page the old
     * page may still be there for a moment); fails after 30 s with the last text seen.
     */
    public static void awaitText(ChromeDriver browser, By by, String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            try {
                seen = browser.findElement(by).getText();
                if (expected.equals(seen)) {
                    return;
                }
            } catch (WebDriverException e) {
                // none yet, or the page changed under the lookup (stale, or chromium's "Node with given id does not
                // belong to the document")
                seen = e.getClass().getSimpleName();
            }
            pause();
        }
        Assertions.fail(by + ": expected '" + expected + "', last seen '" + seen + "'");
    }

    /**
     * Clicks {@code target} and waits until the page it submits or links to has replaced the current one (the old
     * page's root element gone stale and the new document loaded); a click returns before the navigation ends, so a
     * lookup right after it may otherwise still see the old page or none. Fails after 30 s.
     */
    public static void clickAndAwaitNewPage(ChromeDriver browser, By target) {
        browser.executeScript("window.lingongPageBeforeClick = true");
        browser.findElement(target).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!newPageLoaded(browser)) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("clicking " + target + " did not load a new page; still at " + browser.getCurrentUrl());
            }
            pause();
        }
    }

    /** The marker set on the old page is gone (a new document) and that document has loaded; false mid-navigation. */
    private static boolean newPageLoaded(ChromeDriver browser) {
        try {
            return Boolean.TRUE.equals(browser.executeScript(
                    "return window.lingongPageBeforeClick === undefined && document.readyState === 'complete'"));
        } catch (WebDriverException navigating) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves what the browser shows as {@code docs/screenshots/console/<name>.png}; the path. */
    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
