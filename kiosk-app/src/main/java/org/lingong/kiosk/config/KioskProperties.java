package org.lingong.kiosk.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk's typed configuration ({@code kiosk.*}, read from {@code ./config/kiosk.yml}).
 *
 * <p>Every value is checked when the context starts; a bad value fails the start with a message
 * that names the key, for example {@code kiosk.station.code must look like ST-150102-001 (got 'x')}.
 * {@code kiosk.exit-after-first-frame} quits once the first frame is on screen: for training the
 * AppCDS archive at install time and for start-up measurements.
 */
@ConfigurationProperties("kiosk")
public record KioskProperties(
        Station station,
        @DefaultValue("zh-CN") KioskLanguage locale,
        @DefaultValue Idle idle,
        @DefaultValue("fullscreen") WindowMode window,
        @DefaultValue("false") boolean exitAfterFirstFrame) {

    public KioskProperties {
        if (station == null) {
            throw new IllegalArgumentException(
                    "kiosk.station is missing: set kiosk.station.name and kiosk.station.code in config/kiosk.yml");
        }
    }

    /**
     * The station this terminal stands in.
     *
     * @param zone the station's time zone ({@code kiosk.station.zone}, default Asia/Shanghai): every time the kiosk
     *             shows, prints or reports is in it, whatever the machine's own zone is
     */
    public record Station(String name, String code, @DefaultValue("Asia/Shanghai") String zone) {
        private static final Pattern CODE = Pattern.compile("ST-\\d{6}-\\d{3}");

        public Station {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("kiosk.station.name must not be blank");
            }
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "kiosk.station.code must look like ST-150102-001 (ST-, 6-digit division code, -, 3 digits), got '"
                                + code + "'");
            }
            try {
                ZoneId.of(zone);
            } catch (DateTimeException | NullPointerException e) {
                throw new IllegalArgumentException(
                        "kiosk.station.zone must be a time zone such as Asia/Shanghai, got '" + zone + "'");
            }
        }

        /** The station's time zone. */
        public ZoneId zoneId() {
            return ZoneId.of(zone);
        }
    }

    /**
     * Idle handling: after {@code timeout} without a touch the "are you still there?" overlay counts
     * down {@code warning}; at zero the session is wiped.
     */
    public record Idle(@DefaultValue("90s") Duration timeout, @DefaultValue("20s") Duration warning) {
        private static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
        private static final Duration MAX_TIMEOUT = Duration.ofMinutes(30);
        private static final Duration MIN_WARNING = Duration.ofSeconds(1);
        private static final Duration MAX_WARNING = Duration.ofMinutes(5);

        public Idle {
            requireBetween("kiosk.idle.timeout", timeout, MIN_TIMEOUT, MAX_TIMEOUT);
            requireBetween("kiosk.idle.warning", warning, MIN_WARNING, MAX_WARNING);
        }

        private static void requireBetween(String key, Duration value, Duration min, Duration max) {
            if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(
                        key + " must be between " + min.toSeconds() + "s and " + max.toSeconds() + "s, got "
                                + (value == null ? "nothing" : value.toString().substring(2).toLowerCase(Locale.ROOT)));
            }
        }
    }
}
