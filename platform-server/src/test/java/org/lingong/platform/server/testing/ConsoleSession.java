package org.lingong.platform.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.testing.platform.ConsoleLogin;

/**
 * A browser as the operator console sees it, over real HTTP: a cookie jar, no automatic redirects, forms posted
 * as {@code application/x-www-form-urlencoded}, CSRF tokens read from the pages (as test-support's {@link ConsoleLogin}).
 */
public final class ConsoleSession {

    private final String base;
    private final HttpClient http;

    public ConsoleSession(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in through the login form; returns the answer to the form's POST. */
    public Response logIn(String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ConsoleLogin.form(user, password, get("/login").body()))));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The body of a GET as bytes (a workbook, a PDF), with its status and content type. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    public Response postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String form = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    /** A POST without body (and so without a CSRF token), as a cross-site form or image tag could send. */
    public Response postEmpty(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    /** The CSRF token of the first form on {@code html}. */
    public static String csrfToken(String html) {
        return ConsoleLogin.csrfToken(html);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(new HttpResult(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body()),
                    response.headers().firstValue("Location").orElse(""),
                    String.join("\n", response.headers().allValues("Set-Cookie")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer with the headers the console tests look at. */
    public record Response(HttpResult result, String location, String setCookie) {

        public int status() {
            return result.status();
        }

        public String body() {
            return result.body();
        }
    }
}
