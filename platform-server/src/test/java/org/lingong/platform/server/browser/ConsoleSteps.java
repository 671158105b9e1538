package org.lingong.platform.server.browser;

import java.nio.file.Path;
import java.util.Map;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the console's browser tests do on a page: open, log in, type, set a date, submit, take screenshots. */
final class ConsoleSteps {

    private final int port;
    private final Path shots = HeadlessChromium.screenshotDir();

    ConsoleSteps(int port) {
        this.port = port;
    }

    void open(ChromeDriver driver, String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    void logIn(ChromeDriver driver, String username) {
        open(driver, "/login");
        type(driver, "username", username);
        type(driver, "password", ConsolePeople.PASSWORD);
        submit(driver);
    }

    static void type(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keys in the browser's locale order; the value is set as the form would send it. */
    static void setValue(ChromeDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    /** Clicks the main form's submit button and waits for the page it loads. */
    static void submit(ChromeDriver driver) {
        BrowserTestSupport.clickAndAwaitNewPage(driver, By.cssSelector("main form button[type=submit]"));
    }

    /** The page at desktop and phone width, if screenshots were asked for. */
    void shoot(HeadlessChromium browser, String name) {
        for (Map.Entry<String, Dimension> size : Map.of("desktop", HeadlessChromium.DESKTOP, "phone", HeadlessChromium.PHONE).entrySet()) {
            browser.screenshot(shots, name, size.getValue(), size.getKey());
        }
    }
}
