package org.lingong.kiosk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/**
 * The fictional demo jobs in {@code demo-jobs.tsv} next to this class (UTF-8, {@code #} comments). Columns:
 * id, title, category, employer, contact name, contact phone, district code, district name, address, pay amount,
 * pay unit, headcount, first day (days from today), number of days, work hours, requirements, meals (y/n),
 * lodging (y/n), published (minutes ago), and optionally the title in traditional Mongolian script (machine-made, the
 * transliteration of {@code docs/mongolian/messages_mn.translit}). Dates are relative so the demo always has current
 * jobs.
 */
final class DemoJobs {

    static final String RESOURCE = "demo-jobs.tsv";
    private static final int COLUMNS = 19;

    private DemoJobs() {
    }

    static List<Job> load(Clock clock) {
        try (InputStream in = DemoJobs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("demo job list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Job> jobs = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    jobs.add(parse(line.split("\t", -1), number, today, now));
                }
            }
            return List.copyOf(jobs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Job parse(String[] f, int number, LocalDate today, Instant now) {
        if (f.length != COLUMNS && f.length != COLUMNS + 1) {
            throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected " + COLUMNS + " or "
                    + (COLUMNS + 1) + " columns, got " + f.length);
        }
        LocalDate start = today.plusDays(Integer.parseInt(f[12]));
        return new Job(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], new BigDecimal(f[9]),
                PayUnit.valueOf(f[10]), Integer.parseInt(f[11]), start, start.plusDays(Integer.parseInt(f[13]) - 1L),
                f[14], f[15], "y".equals(f[16]), "y".equals(f[17]), JobStatus.OPEN,
                now.minus(Duration.ofMinutes(Long.parseLong(f[18]))), f.length > COLUMNS ? f[COLUMNS].strip() : null);
    }
}
