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
 * @param mongolianTitle the title in traditional Mongolian script, optional ({@code null}: terminals show the title)
 */
public record JobDraft(String title, String category, String employer, String contactName, String contactPhone,
                       String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
                       int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
                       boolean mealsProvided, boolean lodgingProvided, JobStatus status, String mongolianTitle) {

    /** A draft without a Mongolian title. */
    public JobDraft(String title, String category, String employer, String contactName, String contactPhone,
                    String districtCode, String districtName, String address, BigDecimal payAmount, PayUnit payUnit,
                    int headcount, LocalDate startDate, LocalDate endDate, String workHours, String requirements,
                    boolean mealsProvided, boolean lodgingProvided, JobStatus status) {
        this(title, category, employer, contactName, contactPhone, districtCode, districtName, address, payAmount,
                payUnit, headcount, startDate, endDate, workHours, requirements, mealsProvided, lodgingProvided, status,
                null);
    }
}
