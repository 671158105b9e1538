package org.lingong.platform.api.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an operator sends to create or replace a job.
 *
 * @param category     工种, e.g. 保洁, 搬运, 农牧季节工
 * @param districtCode 6-digit GB/T 2260 code of the 旗县/区 where the work is
 * @param payAmount    yuan per {@code payUnit}, &gt; 0, two decimals at most
 * @param workHours    free text, e.g. {@code 08:00-17:00}
 */
public record JobDraft(String title, String category, String employer, String contactName, String contactPhone,
                       String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
                       int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
                       boolean mealsProvided, boolean lodgingProvided, JobStatus status) {
}
