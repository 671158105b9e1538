package org.lingong.platform.api.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A job as terminals receive it. Field meanings as in {@link JobDraft}.
 *
 * @param mongolianTitle the title in traditional Mongolian script, or {@code null} when the platform has none (a
 *                       terminal then shows {@code title}); absent from the JSON of platforms before it
 */
public record Job(long id, String title, String category, String employer, String contactName, String contactPhone,
                  String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
                  int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
                  boolean mealsProvided, boolean lodgingProvided, JobStatus status, Instant updatedAt,
                  String mongolianTitle) {

    /** A job without a Mongolian title. */
    public Job(long id, String title, String category, String employer, String contactName, String contactPhone,
               String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
               int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
               boolean mealsProvided, boolean lodgingProvided, JobStatus status, Instant updatedAt) {
        this(id, title, category, employer, contactName, contactPhone, districtCode, districtName, address, payAmount,
                payUnit, headcount, startDate, endDate, workHours, requirements, mealsProvided, lodgingProvided, status,
                updatedAt, null);
    }
}
