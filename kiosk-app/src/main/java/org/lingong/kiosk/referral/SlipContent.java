package org.lingong.kiosk.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.function.Supplier;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.token.ReferralLink;

/**
 * What a slip says, always in Chinese (it goes to the employer): the job's pay, dates and hours, the worker masked,
 * the station, issue and expiry time, and the QR: the token as a link to the platform's check page ({@link ReferralLink},
 * so an employer's phone opens it; the kiosk's scanner reads the token back out of it). Also the slip's validity: until the end of the job's last day
 * (station time), but at most to the end of the {@link #MAX_DAYS}th day counting the job's first day (or the issue day,
 * for a job already under way), so that a slip for a long season job does not stay valid for months; at least
 * {@link #MIN_VALIDITY} (a job
 * whose last day has passed still gets a slip the employer can check today). Stateless and thread-safe.
 */
final class SlipContent {

    /** Whole days a slip may cover, counting the job's first day (or the issue day, for a job under way). */
    static final int MAX_DAYS = 14;
    static final Duration MIN_VALIDITY = Duration.ofHours(1);

    private static final String RESOURCE = "slip-texts.properties";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Properties texts = new Properties();
    private final ZoneId zone;
    private final Supplier<String> station;
    private final String platformUrl;

    SlipContent(ZoneId zone, String station, String platformUrl) {
        this(zone, () -> station, platformUrl);
    }

    /** @param station the station's name in force, read for each slip (it may be renamed while the kiosk runs) */
    SlipContent(ZoneId zone, Supplier<String> station, String platformUrl) {
        this.zone = zone;
        this.station = station;
        this.platformUrl = platformUrl;
        try (InputStream in = SlipContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long a slip for {@code job} issued at {@code issuedAt} stays valid. */
    Duration validity(Job job, Instant issuedAt) {
        LocalDate issueDay = LocalDate.ofInstant(issuedAt, zone);
        LocalDate firstDay = job.startDate().isAfter(issueDay) ? job.startDate() : issueDay;
        LocalDate lastDay = job.endDate().isBefore(firstDay.plusDays(MAX_DAYS - 1L)) ? job.endDate()
                : firstDay.plusDays(MAX_DAYS - 1L);
        Instant expiry = lastDay.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        Duration validity = Duration.between(issuedAt, expiry);
        return validity.compareTo(MIN_VALIDITY) < 0 ? MIN_VALIDITY : validity;
    }

    ReferralSlip slip(String slipNumber, Job job, ActiveWorker worker, Instant issuedAt, Instant expiresAt,
            String token) {
        return new ReferralSlip(slipNumber, job.title(), job.employer(), job.contactName(), job.contactPhone(),
                job.address(), pay(job), dates(job), job.workHours(), Masking.name(worker.maskedName()),
                Masking.idNumber(worker.maskedIdNumber()), station.get(), MINUTE.withZone(zone).format(issuedAt),
                MINUTE.withZone(zone).format(expiresAt), ReferralLink.of(platformUrl, token));
    }

    String pay(Job job) {
        return MessageFormat.format(texts.getProperty("payUnit." + job.payUnit().name()), amount(job.payAmount()));
    }

    String dates(Job job) {
        if (job.startDate().equals(job.endDate())) {
            return DAY.format(job.startDate());
        }
        return MessageFormat.format(texts.getProperty("dates.range"), DAY.format(job.startDate()),
                DAY.format(job.endDate()));
    }

    private static String amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
