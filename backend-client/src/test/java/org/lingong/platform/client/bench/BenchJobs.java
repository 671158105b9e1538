package org.lingong.platform.client.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/**
 * Realistic fictional jobs for benchmarks: categories, pay ranges and county-level divisions of Inner
 * Mongolia from the platform-server seed tables (read from the test classpath), titles in the style
 * of station notice boards.
 */
final class BenchJobs {

    record Category(String name, PayUnit unit, int minPay, int maxPay) {
    }

    record County(String code, String name) {
    }

    private static final String SEED = "/org/lingong/platform/server/seed/";

    final List<Category> categories = readCategories();
    final List<County> counties = readCounties();
    private final Random random;

    BenchJobs(long seed) throws IOException {
        this.random = new Random(seed);
    }

    List<Job> generate(int count, LocalDate today) {
        List<Job> jobs = new ArrayList<>(count);
        Instant base = today.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
        for (int i = 1; i <= count; i++) {
            Category category = categories.get(random.nextInt(categories.size()));
            County county = counties.get(random.nextInt(counties.size()));
            int headcount = 1 + random.nextInt(20);
            BigDecimal pay = BigDecimal.valueOf(category.minPay() + random.nextInt(category.maxPay() - category.minPay() + 1)).setScale(2);
            LocalDate start = today.plusDays(random.nextInt(60));
            String title = switch (random.nextInt(4)) {
                case 0 -> "招" + category.name() + headcount + "名";
                case 1 -> county.name() + "急招" + category.name();
                case 2 -> category.name() + "，日结" + pay.toBigInteger() + "元";
                default -> "长期招" + category.name() + headcount + "人";
            };
            JobStatus status = random.nextInt(10) == 0 ? JobStatus.FILLED : JobStatus.OPEN;
            jobs.add(new Job(i, title, category.name(), "某某劳务公司" + (i % 500), "王先生", "13900000000", county.code(),
                    county.name(), county.name() + "某某路" + (i % 99) + "号", pay, category.unit(), headcount, start,
                    start.plusDays(random.nextInt(90)), "08:00-17:00", "身体健康", random.nextBoolean(), random.nextBoolean(),
                    status, base.minusSeconds(random.nextInt(14 * 86_400))));
        }
        return jobs;
    }

    private static List<Category> readCategories() throws IOException {
        List<Category> categories = new ArrayList<>();
        for (String[] row : rows("job-categories.tsv")) {
            categories.add(new Category(row[1], unit(row[3]), Integer.parseInt(row[4]), Integer.parseInt(row[5])));
        }
        return categories;
    }

    private static List<County> readCounties() throws IOException {
        List<County> counties = new ArrayList<>();
        for (String[] row : rows("divisions-inner-mongolia.tsv")) {
            if (!row[0].endsWith("00")) {
                counties.add(new County(row[0], row[1]));
            }
        }
        return counties;
    }

    private static PayUnit unit(String text) {
        return switch (text) {
            case "元/天" -> PayUnit.DAY;
            case "元/小时" -> PayUnit.HOUR;
            case "元/月" -> PayUnit.MONTH;
            case "元/亩" -> PayUnit.MU;
            case "元/只" -> PayUnit.HEAD;
            default -> PayUnit.PIECE;
        };
    }

    private static List<String[]> rows(String file) throws IOException {
        InputStream in = BenchJobs.class.getResourceAsStream(SEED + file);
        if (in == null) {
            throw new IOException(file + " not on the classpath: run with platform-server/target/classes");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
