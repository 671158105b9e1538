package org.lingong.platform.server.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.HeadlessChromium;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A console test in a real browser (headless chromium at desktop size) for one operator of 包头 (region 150200),
 * made fresh before each test under the login the test class names, with {@link ConsoleSteps} on the running server.
 */
abstract class OperatorBrowserTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;

    protected ConsoleSteps steps;
    protected HeadlessChromium operator;
    private final String login;

    OperatorBrowserTest(String login) {
        this.login = login;
    }

    @BeforeEach
    void operatorInBrowser() {
        ConsolePeople.operator(accounts, login, "150200");
        steps = new ConsoleSteps(port);
        operator = HeadlessChromium.start(HeadlessChromium.DESKTOP);
    }

    @AfterEach
    void closeBrowser() {
        if (operator != null) { // null when the set-up skipped the test (no chromium on this machine)
            operator.close();
        }
    }
}
