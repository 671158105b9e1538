package org.lingong.kiosk.doctor;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.platform.client.http.PlatformTls;

/**
 * The platform link (its health endpoint answers) and the clock (the platform's {@code Date} header against this
 * machine's clock: signed requests more than 5 minutes off are refused).
 */
final class PlatformCheck {

    static final Duration CLOCK_FAIL = Duration.ofMinutes(5);
    static final Duration CLOCK_WARN = Duration.ofSeconds(30);

    private final Duration timeout;

    PlatformCheck(Duration timeout) {
        this.timeout = timeout;
    }

    List<Finding> check(PlatformProperties platform) {
        if (!platform.enabled()) {
            return List.of(Finding.warn("platform", "kiosk.platform.enabled is false: the kiosk works alone"));
        }
        URI health = URI.create(platform.url()).resolve("actuator/health");
        long start = System.nanoTime();
        try {
            HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
            if (connection instanceof HttpsURLConnection https && platform.trustedCaIfAny().isPresent()) {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] {PlatformTls.trustManager(platform.trustedCaIfAny().get())}, null);
                https.setSSLSocketFactory(tls.getSocketFactory());
            }
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            int status = connection.getResponseCode();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Instant local = Instant.now();
            Optional<Instant> remote = date(connection.getHeaderField("Date"));
            connection.disconnect();
            Finding link = status == 200
                    ? Finding.ok("platform", platform.url() + " answers, health UP (" + millis + " ms)")
                    : Finding.fail("platform", platform.url() + " answers HTTP " + status + " on " + health.getPath());
            return List.of(link, clock(local, remote));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return List.of(Finding.fail("platform", platform.url() + " unreachable: " + e.getClass().getSimpleName() + " "
                    + e.getMessage() + " (network cable, URL in /etc/lingong/kiosk.yml, firewall?)"),
                    Finding.warn("clock", "not compared (no platform)"));
        }
    }

    static Finding clock(Instant local, Optional<Instant> remote) {
        if (remote.isEmpty()) {
            return Finding.warn("clock", "the platform sent no Date header: not compared");
        }
        Duration skew = Duration.between(remote.get(), local);
        long seconds = skew.abs().getSeconds();
        String text = "this machine is " + seconds + " s " + (skew.isNegative() ? "behind" : "ahead of") + " the platform";
        if (skew.abs().compareTo(CLOCK_FAIL) > 0) {
            return Finding.fail("clock", text + ": signed requests are refused beyond 5 min (timedatectl set-ntp true)");
        }
        return skew.abs().compareTo(CLOCK_WARN) > 0 ? Finding.warn("clock", text) : Finding.ok("clock", text);
    }

    private static Optional<Instant> date(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
