package org.lingong.kiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.client.http.PlatformTls;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform connection ({@code kiosk.platform.*}); every value is checked at start and a bad one names its key.
 *
 * @param enabled                {@code false} keeps the kiosk off the platform (demo ports only; for tests and staff
 *                               training)
 * @param url                    the platform's base URL: https, or http to this machine only (the demo platform)
 * @param trustedCaFile          PEM file of the private CA that signed the platform's certificate; blank trusts the
 *                               system's CAs
 * @param enrollmentCode         the one-time (or, on the demo platform, reusable) code to enroll with at start when the
 *                               kiosk has no identity yet; blank means "wait for a technician"
 * @param dataDir                identity, outbox and catalog files; only the kiosk user may read it
 * @param heartbeatInterval      between heartbeats (1 s - 1 h)
 * @param catalogRefreshInterval between job catalog refreshes (1 s - 24 h)
 */
@ConfigurationProperties("kiosk.platform")
public record PlatformProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://127.0.0.1:8080/") String url,
        @Nullable String trustedCaFile,
        @Nullable String enrollmentCode,
        @DefaultValue("data/kiosk") String dataDir,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("5m") Duration catalogRefreshInterval) {

    public PlatformProperties {
        url = checkedUrl(url);
        trustedCaFile = checkedCaFile(trustedCaFile);
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("kiosk.platform.data-dir must not be blank");
        }
        requireBetween("kiosk.platform.heartbeat-interval", heartbeatInterval, Duration.ofSeconds(1), Duration.ofHours(1));
        requireBetween("kiosk.platform.catalog-refresh-interval", catalogRefreshInterval, Duration.ofSeconds(1),
                Duration.ofHours(24));
        enrollmentCode = enrollmentCode == null || enrollmentCode.isBlank() ? null : enrollmentCode.strip();
    }

    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    /** The private CA to trust for the platform's certificate, if one is configured. */
    public Optional<Path> trustedCaIfAny() {
        return Optional.ofNullable(trustedCaFile).map(Path::of);
    }

    public Optional<String> enrollmentCodeIfAny() {
        return Optional.ofNullable(enrollmentCode);
    }

    /** Masks the code: it is a credential. */
    @Override
    public String toString() {
        return "PlatformProperties[enabled=" + enabled + ", url=" + url + ", trustedCaFile=" + trustedCaFile + ", enrollmentCode="
                + (enrollmentCode == null ? "none" : "***") + ", dataDir=" + dataDir + ", heartbeatInterval="
                + heartbeatInterval + ", catalogRefreshInterval=" + catalogRefreshInterval + "]";
    }

    private static String checkedUrl(@Nullable String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(
                    "kiosk.platform.url must be an http(s) URL such as http://127.0.0.1:8080/, got '" + url + "'");
        }
        try {
            PlatformTls.requireTlsUnlessLoopback(uri.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.platform.url " + e.getMessage());
        }
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    private static @Nullable String checkedCaFile(@Nullable String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            PlatformTls.trustManager(Path.of(file.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.platform.trusted-ca-file: " + e.getMessage());
        }
        return file.strip();
    }

    private static void requireBetween(String key, @Nullable Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " must be between " + min.toSeconds() + "s and " + max.toSeconds()
                    + "s, got " + (value == null ? "nothing" : value.toSeconds() + "s"));
        }
    }
}
