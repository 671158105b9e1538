package org.lingong.platform.api.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A job as terminals receive it. Field meanings as in {@link JobDraft}. */
public record Job(long id, String title, String category, String employer, String contactName, String contactPhone,
                  String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
                  int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
                  boolean mealsProvided, boolean lodgingProvided, JobStatus status, Instant updatedAt) {
}
