package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A fictional gig posting.
 *
 * @param externalId unique within one generator call, e.g. "J150102-0000042"
 * @param contactName surname or Mongolian given name plus 先生/女士, never a full personal name
 * @param contactPhone fictional mobile number {@code 1[3-9]x0000xxxx} (middle block 0000 marks seed data)
 * @param payAmount yuan per {@code payUnit}, scale 2, within the category's range
 * @param workStartDate first working day, inclusive
 * @param workEndDate last working day, inclusive
 * @param dailyHours working hours as posted, e.g. "07:00-17:00"
 * @param updatedAt last change: within two weeks before 08:00 Beijing time on the reference date, or for
 *                  CLOSED jobs in the night after the last working day
 */
public record SeedJob(String externalId, String title, String categoryCode, String categoryName,
                      String employerName, String contactName, String contactPhone,
                      String districtCode, String districtName, String address,
                      BigDecimal payAmount, PayUnit payUnit, int headcount,
                      LocalDate workStartDate, LocalDate workEndDate, String dailyHours,
                      List<String> requirements, boolean mealsProvided, boolean lodgingProvided,
                      JobStatus status, Instant updatedAt) {

    public SeedJob {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(payAmount, "payAmount");
        Objects.requireNonNull(payUnit, "payUnit");
        Objects.requireNonNull(status, "status");
        requirements = List.copyOf(requirements);
        if (workEndDate.isBefore(workStartDate)) {
            throw new IllegalArgumentException(externalId + ": work ends before it starts");
        }
    }

    /** First four digits of the district code: the 盟市. */
    public String regionCode() {
        return districtCode.substring(0, 4);
    }

    /** Pay in fen (1/100 yuan). */
    public long payFen() {
        return payAmount.movePointRight(2).longValueExact();
    }
}
