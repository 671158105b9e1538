package org.lingong.testing.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator console's form login as a browser does it: read the login page's CSRF token, post the form, keep the
 * session cookie. The returned client carries the logged-in session.
 */
public final class ConsoleLogin {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private ConsoleLogin() {
    }

    /** The CSRF token of the first form on {@code html}; fails if the page has none. */
    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page: " + html);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** The login form's body for {@code user}, with the CSRF token read from {@code loginPage}. */
    public static String form(String user, String password, String loginPage) {
        return "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken(loginPage));
    }

    /**
     * Logs in at {@code baseUrl} (ending in {@code /}) and returns a client holding the session cookie. It follows no
     * redirects, so a page read without a session answers 302 to the login form rather than the form itself.
     */
    public static HttpClient logIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = URI.create(baseUrl + "login");
        String loginPage = browser.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(user, password, loginPage))).build(),
                HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
